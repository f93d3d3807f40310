package org.newsgraph.store.query;

/** The order of hits; ties are broken by each record's unique key, so pages never overlap. */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE,
  /** Newest publication date first. */
  DATE
}
