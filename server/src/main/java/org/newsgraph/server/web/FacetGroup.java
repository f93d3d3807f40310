package org.newsgraph.server.web;

import java.util.List;
import java.util.Map;
import org.newsgraph.store.query.FacetCount;

/**
 * A facet's counts as a page lists them, each value a link that narrows the page to it.
 *
 * @param param the URL parameter that a value sets
 */
public record FacetGroup(String title, String param, List<Value> values) {

  /**
   * One value, how many hits have it (an estimate when {@code estimated}: counted on a sample of the hits), the
   * link that narrows to it, and whether the page is narrowed to it now.
   */
  public record Value(String value, long count, boolean estimated, String link, boolean active) {}

  public static FacetGroup of(String title, String param, List<FacetCount> counts, String path,
      Map<String, List<String>> current) {
    String chosen = current.getOrDefault(param, List.of()).stream().findFirst().orElse(null);
    List<Value> values = counts.stream().map(count -> new Value(count.value(), count.count(),
        count.estimated(), Links.replacing(path, current, param, count.value().equals(chosen) ? null : count.value()),
        count.value().equals(chosen))).toList();
    return new FacetGroup(title, param, values);
  }
}
