package org.newsgraph.store.query;

import java.util.List;
import java.util.Map;

/**
 * One page of hits of a query.
 *
 * @param total how many records match in all, or a lower bound of it when {@code totalExact} is false
 * @param totalExact whether {@code total} is the exact number; past {@link #EXACT_TOTAL_UP_TO} hits a page with no
 *     facets stops counting (as Elasticsearch's {@code track_total_hits}), since counting every hit of a broad
 *     query costs more than finding its top hits; {@code count} gives the exact number
 * @param next the cursor of the following page ({@link Page#after()}), or null when this page is the last
 * @param facets counts over all matching records, for the facets asked for; the entity counts of a query with more
 *     than {@link #EXACT_ENTITY_COUNTS_UP_TO} hits are estimates ({@link FacetCount#estimated()})
 */
public record Hits<H extends Hit>(long total, boolean totalExact, List<H> hits, String next,
    Map<Facet, List<FacetCount>> facets) {

  /** Hits are counted exactly up to this many; a page with facets counts them all. */
  public static final int EXACT_TOTAL_UP_TO = 1_000;

  /**
   * Entity counts are exact up to this many hits; past it they are counted on a deterministic sample of about
   * {@link #ENTITY_SAMPLE} hits and scaled up to all of them, since an article names some thirty entities and
   * counting them over every hit of a broad query costs more than the rest of its answer.
   */
  public static final int EXACT_ENTITY_COUNTS_UP_TO = 20_000;

  /** About how many hits a sampled entity count is counted on. */
  public static final int ENTITY_SAMPLE = 5_000;

  public Hits {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A page whose total is exact. */
  public Hits(long total, List<H> hits, String next, Map<Facet, List<FacetCount>> facets) {
    this(total, true, hits, next, facets);
  }

  /** How the total relates to the number of matching records: {@code eq} or {@code gte} (a lower bound). */
  public String totalRelation() {
    return totalExact ? "eq" : "gte";
  }

  /** The same page with other facet counts. */
  public Hits<H> withFacets(Map<Facet, List<FacetCount>> counts) {
    return new Hits<>(total, totalExact, hits, next, counts);
  }
}
