package org.newsgraph.eval.quote;

import java.io.PrintWriter;
import java.util.List;

/** Writes, per article, the relations that were missed, spurious or wrong in some role: for looking at errors. */
final class ErrorListing {

  private static final String[] NAMES = {"S", "C", "X"};

  private final PrintWriter out;

  ErrorListing(PrintWriter out) {
    this.out = out;
  }

  void write(PolnearArticle article, List<Relation> predicted, int[] pairing) {
    out.println("=== " + article.name());
    boolean[] goldPaired = new boolean[article.relations().size()];
    for (int p = 0; p < predicted.size(); p++) {
      if (pairing[p] < 0) {
        out.println("FP   " + describe(article.text(), predicted.get(p)));
        continue;
      }
      goldPaired[pairing[p]] = true;
      Relation gold = article.relations().get(pairing[p]);
      StringBuilder wrong = new StringBuilder();
      for (int r = 0; r < 3; r++) {
        if (!QuoteEvaluation.role(predicted.get(p), r).sameAs(QuoteEvaluation.role(gold, r))
            && !(QuoteEvaluation.role(gold, r).isEmpty() && QuoteEvaluation.role(predicted.get(p), r).isEmpty())) {
          wrong.append(NAMES[r]);
        }
      }
      if (wrong.length() > 0) {
        out.println("BAD " + wrong + "\n  gold " + describe(article.text(), gold) + "\n  mine "
            + describe(article.text(), predicted.get(p)));
      }
    }
    for (int g = 0; g < goldPaired.length; g++) {
      if (!goldPaired[g]) {
        out.println("FN   " + describe(article.text(), article.relations().get(g)));
      }
    }
  }

  private static String describe(String text, Relation relation) {
    return ("S[" + relation.source().text(text) + "] C[" + relation.cue().text(text) + "] X["
        + relation.content().text(text) + "]").replace('\n', ' ');
  }
}
