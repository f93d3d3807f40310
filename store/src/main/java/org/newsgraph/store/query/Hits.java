package org.newsgraph.store.query;

import java.util.List;
import java.util.Map;

/**
 * One page of hits of a query.
 *
 * @param total how many records match in all
 * @param next the cursor of the following page ({@link Page#after()}), or null when this page is the last
 * @param facets counts over all matching records, for the facets asked for
 */
public record Hits<H extends Hit>(long total, List<H> hits, String next, Map<Facet, List<FacetCount>> facets) {

  public Hits {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
