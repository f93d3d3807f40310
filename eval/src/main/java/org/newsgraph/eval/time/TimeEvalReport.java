package org.newsgraph.eval.time;

import java.util.Locale;

/** Formats a {@link TimeEvalResult} as a Markdown table, with the published TempEval-3 figures beside it. */
public final class TimeEvalReport {

  private TimeEvalReport() {}

  public static String table(TimeEvalResult result) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "TempEval-3 TBAQ-cleaned: %d documents, %d gold TIMEX3 (%.0f s)%n%n",
        result.documents(), result.newsgraph().gold(), result.millis() / 1000.0));
    out.append("| system | extracted | relaxed matches | right values | strict P | strict R | strict F1 | relaxed P "
        + "| relaxed R | relaxed F1 | value acc | value F1 | type acc | type F1 |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    row(out, "SUTime (CoreNLP 4.5.10, as is)", result.sutime());
    row(out, "newsgraph (SUTime + corrections)", result.newsgraph());
    out.append(String.format(Locale.ROOT, "%nPublished, TempEval-3 platinum test (not this data): "
        + "SUTime relaxed F1 90.3, value F1 67.4; HeidelTime relaxed F1 90.3, value F1 77.6.%n"));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, TimexScore score) {
    out.append(String.format(Locale.ROOT,
        "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name,
        score.system(), score.relaxed(), score.valueCorrect(), 100 * score.strictPrecision(), 100 * score.strictRecall(), 100 * score.strictF1(),
        100 * score.relaxedPrecision(), 100 * score.relaxedRecall(), 100 * score.relaxedF1(),
        100 * score.valueAccuracy(), 100 * score.valueF1(), 100 * score.typeAccuracy(), 100 * score.typeF1()));
  }
}
