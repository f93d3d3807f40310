package org.newsgraph.store.query;

/**
 * A query of one kind of record. Every constraint is optional (null matches all); {@code text} is Lucene query
 * syntax over the kind's fields (docs/store.md), the kind's words field by default.
 *
 * @param <H> the hits it finds
 */
public sealed interface StoreQuery<H extends Hit>
    permits ArticleQuery, QuoteQuery, EventQuery, EntityQuery, ErrorQuery {

  /** Lucene query syntax, or null or blank for every record of the kind. */
  String text();

  Kind kind();
}
