package org.newsgraph.store.query;

/** How many hits have one value of a facet. */
public record FacetCount(String value, long count) {}
