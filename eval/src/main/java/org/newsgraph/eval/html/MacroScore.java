package org.newsgraph.eval.html;

import java.util.List;

/**
 * The benchmark's summary over pages: precision is the mean over pages with any extracted shingle, recall the mean
 * over pages with any true shingle, and F1 the harmonic mean of those two means (not a mean of per-page F1s).
 *
 * @param accuracy share of pages whose extracted tokens are exactly the true ones
 */
public record MacroScore(int pages, double precision, double recall, double f1, double accuracy) {

  /** The summary of {@code matches}; {@code exact} counts the pages whose tokens matched exactly. */
  public static MacroScore of(List<ShingleMatch> matches, int exact) {
    double p = matches.stream().filter(ShingleMatch::extractedAny).mapToDouble(ShingleMatch::precision).average()
        .orElse(0);
    double r = matches.stream().filter(ShingleMatch::truthAny).mapToDouble(ShingleMatch::recall).average()
        .orElse(0);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new MacroScore(matches.size(), p, r, f1, matches.isEmpty() ? 0 : exact / (double) matches.size());
  }
}
