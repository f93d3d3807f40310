package org.newsgraph.store.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How many hits have one value of a facet.
 *
 * @param estimated whether {@code count} was counted on a sample of the hits and scaled up to all of them (see
 *     {@link Hits#EXACT_ENTITY_COUNTS_UP_TO}) rather than counted on every hit; JSON writes it only when true
 */
public record FacetCount(String value, long count,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean estimated) {

  /** An exact count. */
  public FacetCount(String value, long count) {
    this(value, count, false);
  }
}
