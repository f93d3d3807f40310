package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of counts per day, week or month, laid out on the server so it shows with the page, without script.
 *
 * @param bars oldest first
 * @param max the largest count, the top of the scale
 */
public record Timeline(List<Bar> bars, long max, int width, int height) {

  public static final int WIDTH = 900;
  public static final int HEIGHT = 140;
  private static final int AXIS = 18;

  /** One bucket: its label ({@code 2024-05}), its count, and where its bar stands. */
  public record Bar(String label, long count, double x, double y, double w, double h, String link) {}

  /**
   * The chart of {@code counts} (bucket label to count, oldest first); {@code link} turns a bucket into the URL
   * that narrows to it, or gives null.
   */
  public static Timeline of(List<Map.Entry<String, Long>> counts, java.util.function.Function<String, String> link) {
    long max = counts.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    if (!counts.isEmpty()) {
      double slot = (double) WIDTH / counts.size();
      double w = Math.max(1, Math.min(slot * 0.8, 36));
      for (int i = 0; i < counts.size(); i++) {
        long count = counts.get(i).getValue();
        double h = max == 0 ? 0 : (HEIGHT - AXIS) * (double) count / max;
        bars.add(new Bar(counts.get(i).getKey(), count, i * slot + (slot - w) / 2, HEIGHT - AXIS - h, w, h,
            link.apply(counts.get(i).getKey())));
      }
    }
    return new Timeline(bars, max, WIDTH, HEIGHT);
  }

  public boolean empty() {
    return bars.isEmpty();
  }

  /** The first and last labels, for the axis. */
  public String firstLabel() {
    return bars.isEmpty() ? "" : bars.get(0).label();
  }

  public String lastLabel() {
    return bars.isEmpty() ? "" : bars.get(bars.size() - 1).label();
  }

  public int axisY() {
    return HEIGHT - 4;
  }
}
