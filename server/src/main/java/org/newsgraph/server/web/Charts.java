package org.newsgraph.server.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;

/** The timeline of a query at the finest interval that keeps the chart readable. */
final class Charts {

  /** The counts a timeline is chosen from: ask for them with a page's other facets, in the same pass. */
  static final Set<Facet> FACETS = EnumSet.of(Facet.DAY, Facet.WEEK, Facet.MONTH);

  private static final int MAX_BARS = 120;

  private Charts() {}

  /** The chart of the finest of the {@link #FACETS} counts that keeps at most {@link #MAX_BARS} bars. */
  static Timeline timeline(Map<Facet, List<FacetCount>> counts, String path, Map<String, List<String>> current) {
    for (Interval interval : Interval.values()) {
      List<Map.Entry<String, Long>> bars = Buckets.filled(counts.getOrDefault(interval.facet(), List.of()),
          interval);
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
