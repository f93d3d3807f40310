package org.newsgraph.eval.framing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the per-outlet cue connotation counts as Markdown tables. */
public final class CueSurveyReport {

  private static final int TOP_WORDS = 5;

  private CueSurveyReport() {}

  public static String table(List<OutletCues> outlets) {
    StringBuilder out = new StringBuilder();
    out.append("| outlet | articles | gold cues | neutral | positive | negative | unlisted | negative % of listed"
        + " | positive % of listed | most frequent loaded cue words |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    int[] total = new int[6];
    for (OutletCues o : outlets) {
      row(out, o.outlet(), o.articles(), o.cues(), o.count("neutral"), o.count("positive"), o.count("negative"),
          o.count(CueConnotationSurvey.UNLISTED), top(o.loadedWords()));
      int[] add = {o.articles(), o.cues(), o.count("neutral"), o.count("positive"), o.count("negative"),
          o.count(CueConnotationSurvey.UNLISTED)};
      for (int i = 0; i < total.length; i++) {
        total[i] += add[i];
      }
    }
    row(out, "**all**", total[0], total[1], total[2], total[3], total[4], total[5], "");
    if (outlets.stream().anyMatch(o -> !o.engine().isEmpty())) {
      out.append("\nWhat the engine reports on the same articles (quote stage, then framing stage):\n\n");
      out.append("| outlet | quotes found | loaded cues negative | loaded cues positive | negative per 100 quotes"
          + " | hedges | verdicts |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (OutletCues o : outlets) {
        Map<String, Integer> e = o.engine();
        int quotes = e.getOrDefault("quotes", 0);
        int negative = e.getOrDefault("negative", 0);
        out.append("| ").append(o.outlet()).append(" | ").append(quotes).append(" | ").append(negative)
            .append(" | ").append(e.getOrDefault("positive", 0)).append(" | ")
            .append(quotes == 0 ? "–" : String.format(Locale.ROOT, "%.1f", 100.0 * negative / quotes))
            .append(" | ").append(e.getOrDefault("hedge", 0)).append(" | ").append(e.getOrDefault("verdict", 0))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String outlet, int articles, int cues, int neutral, int positive,
      int negative, int unlisted, String words) {
    int listed = neutral + positive + negative;
    out.append("| ").append(outlet).append(" | ").append(articles).append(" | ").append(cues).append(" | ")
        .append(neutral).append(" | ").append(positive).append(" | ").append(negative).append(" | ")
        .append(unlisted).append(" | ").append(percent(negative, listed)).append(" | ")
        .append(percent(positive, listed)).append(" | ").append(words).append(" |\n");
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
  }

  private static String top(Map<String, Integer> words) {
    return words.entrySet().stream().limit(TOP_WORDS).map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
