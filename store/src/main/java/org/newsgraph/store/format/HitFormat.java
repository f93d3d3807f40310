package org.newsgraph.store.format;

/** How hits are printed: an aligned table for people, JSON, JSON Lines or CSV for programs. */
public enum HitFormat {
  /** Aligned columns, long values cut. */
  TABLE,
  /** One JSON object: total, hits, next cursor and facets. */
  JSON,
  /** One JSON object per hit. */
  JSONL,
  /** A header row, then one row per hit (RFC 4180 quoting). */
  CSV
}
