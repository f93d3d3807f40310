package org.newsgraph.eval.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The PETRARCH suite's result: pass rate over expected codings, overall and per category, and the coder's speed.
 *
 * @param codingSentencesPerSecond sentences coded per second, annotation excluded
 */
public record PetrarchReport(List<CaseResult> results, double codingSentencesPerSecond, int warnings) {

  public PetrarchReport {
    results = List.copyOf(results);
  }

  public int expected() {
    return results.stream().mapToInt(r -> r.testCase().expected().size()).sum();
  }

  public int passed() {
    return results.stream().mapToInt(CaseResult::passedCount).sum();
  }

  public double passRate() {
    return expected() == 0 ? 0 : (double) passed() / expected();
  }

  /** Per category: passed codings, expected codings, sentences, exact sentences, extra codings. */
  public Map<String, int[]> byCategory() {
    Map<String, int[]> table = new LinkedHashMap<>();
    for (String category : PetrarchSuite.CATEGORIES) {
      table.put(category, new int[5]);
    }
    for (CaseResult r : results) {
      int[] row = table.computeIfAbsent(r.testCase().category(), k -> new int[5]);
      row[0] += r.passedCount();
      row[1] += r.testCase().expected().size();
      row[2]++;
      row[3] += r.exact() ? 1 : 0;
      row[4] += r.extras().size();
    }
    return table;
  }

  /** The report as text: failures case by case (when {@code verbose}), then the table. */
  public String render(boolean verbose) {
    StringBuilder out = new StringBuilder();
    if (verbose) {
      for (CaseResult r : results) {
        if (r.exact()) {
          continue;
        }
        out.append(r.testCase().id()).append(" [").append(r.testCase().category()).append("] ")
            .append(r.testCase().text()).append('\n');
        for (ExpectedCoding e : r.testCase().expected()) {
          out.append(r.passed(e) ? "  ✓ " : "  ✗ ").append(e.describe()).append('\n');
        }
        String extras = r.extras().stream().map(c -> c.source() + " " + c.target() + " " + c.cameo())
            .collect(Collectors.joining("; "));
        if (!extras.isEmpty()) {
          out.append("  + extra: ").append(extras).append('\n');
        }
        r.discard().ifPresent(d -> out.append("  discarded: ").append(d.phrase()).append('\n'));
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT, "%-10s %8s %8s %7s %9s %7s%n", "category", "codings", "passed",
        "rate", "sentences", "extras"));
    byCategory().forEach((category, row) -> out.append(String.format(Locale.ROOT,
        "%-10s %8d %8d %6.1f%% %4d/%-4d %7d%n", category, row[1], row[0], row[1] == 0 ? 0 : 100.0 * row[0] / row[1],
        row[3], row[2], row[4])));
    int extras = results.stream().mapToInt(r -> r.extras().size()).sum();
    long exact = results.stream().filter(CaseResult::exact).count();
    out.append(String.format(Locale.ROOT, "%-10s %8d %8d %6.1f%% %4d/%-4d %7d%n", "all", expected(), passed(),
        100 * passRate(), exact, results.size(), extras));
    out.append(String.format(Locale.ROOT, "coder speed: %,.0f sentences/second (%,.0f/hour), annotation excluded%n",
        codingSentencesPerSecond, codingSentencesPerSecond * 3600));
    if (warnings > 0) {
      out.append("dictionary quirks accepted in lenient mode: ").append(warnings).append('\n');
    }
    return out.toString();
  }
}
