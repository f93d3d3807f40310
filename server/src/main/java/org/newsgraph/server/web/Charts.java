package org.newsgraph.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.api.TimelineController;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.StoreQuery;

/** The timeline of a query at the finest interval that keeps the chart readable. */
final class Charts {

  private static final int MAX_BARS = 120;

  private Charts() {}

  static Timeline timeline(CachedStore store, StoreQuery<?> query, String path, Map<String, List<String>> current)
      throws IOException {
    for (Interval interval : Interval.values()) {
      List<FacetCount> counts = TimelineController.counts(store, query, interval);
      List<Map.Entry<String, Long>> bars = Buckets.filled(counts, interval);
      if (bars.size() <= MAX_BARS || interval == Interval.MONTH) {
        return Timeline.of(bars, label -> interval == Interval.DAY ? oneDay(path, current, label) : null);
      }
    }
    return Timeline.of(List.of(), label -> null);
  }

  private static String oneDay(String path, Map<String, List<String>> current, String day) {
    Map<String, List<String>> narrowed = new java.util.LinkedHashMap<>(current);
    narrowed.put("from", List.of(day));
    narrowed.put("to", List.of(day));
    return Links.replacing(path, narrowed, "after", null);
  }
}
