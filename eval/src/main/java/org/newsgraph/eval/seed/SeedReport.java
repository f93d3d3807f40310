package org.newsgraph.eval.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The item-by-item comparison of the seed article's analysis with what an analyst reads out of it. */
public record SeedReport(List<Check> checks) {

  public SeedReport {
    checks = List.copyOf(checks);
  }

  public long passed() {
    return checks.stream().filter(Check::passed).count();
  }

  /** Passed and total per section, in the order sections first appear. */
  public Map<String, int[]> bySection() {
    Map<String, int[]> sections = new LinkedHashMap<>();
    for (Check check : checks) {
      int[] counts = sections.computeIfAbsent(check.section(), s -> new int[2]);
      counts[0] += check.passed() ? 1 : 0;
      counts[1]++;
    }
    return sections;
  }

  /** The report as text: every item, then a table of sections. */
  public String render() {
    StringBuilder out = new StringBuilder();
    String section = null;
    for (Check check : checks) {
      if (!check.section().equals(section)) {
        section = check.section();
        out.append('\n').append(section).append('\n');
      }
      out.append(check.passed() ? "  ✓ " : "  ✗ ").append(check.item());
      if (!check.detail().isEmpty()) {
        out.append("  — ").append(check.detail());
      }
      out.append('\n');
    }
    out.append("\n| section | passed | of |\n|---|---:|---:|\n");
    bySection().forEach((name, counts) -> out.append("| ").append(name).append(" | ").append(counts[0])
        .append(" | ").append(counts[1]).append(" |\n"));
    out.append("| **all** | ").append(passed()).append(" | ").append(checks.size()).append(" |\n");
    return out.toString();
  }
}
