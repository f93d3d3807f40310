package org.newsgraph.eval.html;

import org.newsgraph.model.Article;

/**
 * One page scored: the body extracted (empty when the page was rejected), its shingle match, and the article the
 * cleaner made of it (null when rejected or when another extractor's output was scored).
 */
public record PageResult(BenchmarkPages.Page page, String extracted, ShingleMatch match, boolean exact,
    Article article, String error) {

  /** Per-page F1, for listing the worst pages (the summary uses {@link MacroScore}). */
  public double f1() {
    double p = match.precision();
    double r = match.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
