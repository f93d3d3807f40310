package org.newsgraph.eval.quote;

import java.util.List;

/**
 * A possibly discontinuous span: its character ranges {@code [start, end)}, in text order.
 *
 * @param ranges pairs {@code {start, end}}; empty for an absent role
 */
public record Span(List<int[]> ranges) {

  public Span {
    ranges = List.copyOf(ranges);
  }

  public static Span of(int start, int end) {
    return new Span(List.<int[]>of(new int[] {start, end}));
  }

  public static Span empty() {
    return new Span(List.of());
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Same set of character ranges. */
  public boolean sameAs(Span other) {
    if (ranges.size() != other.ranges.size()) {
      return false;
    }
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.get(i)[0] != other.ranges.get(i)[0] || ranges.get(i)[1] != other.ranges.get(i)[1]) {
        return false;
      }
    }
    return !ranges.isEmpty();
  }

  /** Number of characters the two spans share. */
  public int overlap(Span other) {
    int shared = 0;
    for (int[] a : ranges) {
      for (int[] b : other.ranges) {
        shared += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
      }
    }
    return shared;
  }

  public String text(String article) {
    StringBuilder out = new StringBuilder();
    for (int[] range : ranges) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      out.append(article, range[0], range[1]);
    }
    return out.toString();
  }
}
