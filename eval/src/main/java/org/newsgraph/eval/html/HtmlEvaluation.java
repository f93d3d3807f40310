package org.newsgraph.eval.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Article;

/**
 * Scores main-content extraction on benchmark pages: each page is read as a user's file would be (gzip unpacked,
 * charset detected) and cleaned by {@link ArticleCleaner}; its text is matched with the true body.
 */
public final class HtmlEvaluation {

  private final DocumentReader reader = new DocumentReader();
  private final ArticleCleaner cleaner = new ArticleCleaner();

  /** newsgraph's extraction of each page, scored. */
  public List<PageResult> evaluate(List<BenchmarkPages.Page> pages) {
    List<PageResult> results = new ArrayList<>();
    for (BenchmarkPages.Page page : pages) {
      results.add(score(page));
    }
    return results;
  }

  /** Another extractor's bodies (the benchmark's output format), scored the same way; a missing page is empty. */
  public static List<PageResult> evaluate(List<BenchmarkPages.Page> pages, Map<String, String> bodies) {
    List<PageResult> results = new ArrayList<>();
    for (BenchmarkPages.Page page : pages) {
      String body = bodies.getOrDefault(page.id(), "");
      results.add(new PageResult(page, body, ShingleMatch.of(page.articleBody(), body),
          ShingleMatch.sameTokens(page.articleBody(), body), null, bodies.containsKey(page.id()) ? null : "absent"));
    }
    return results;
  }

  private PageResult score(BenchmarkPages.Page page) {
    String error = null;
    Article article = null;
    List<Ingested> items = reader.read(page.html(), ReadOptions.defaults());
    RawDocument raw = items.isEmpty() ? null : items.get(0).document().orElse(null);
    if (raw == null) {
      error = items.isEmpty() ? "nothing read" : ((Ingested.Rejected) items.get(0)).code();
    } else {
      try {
        article = cleaner.clean(raw);
      } catch (RejectedInputException e) {
        error = e.getMessage();
      }
    }
    String text = article == null ? "" : article.text();
    return new PageResult(page, text, ShingleMatch.of(page.articleBody(), text),
        ShingleMatch.sameTokens(page.articleBody(), text), article, error);
  }

  /** The benchmark's summary of {@code results}. */
  public static MacroScore summary(List<PageResult> results) {
    return MacroScore.of(results.stream().map(PageResult::match).toList(),
        (int) results.stream().filter(PageResult::exact).count());
  }
}
