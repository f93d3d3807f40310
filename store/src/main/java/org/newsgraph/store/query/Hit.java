package org.newsgraph.store.query;

import java.util.Map;

/**
 * One record found. Each hit names its article and the character offsets of its words in the article's text, so a
 * reader can always go back to them.
 */
public sealed interface Hit permits ArticleHit, QuoteHit, EventHit, EntityHit, ErrorHit {

  /** The id of the article the hit is from; null for an error record. */
  String article();

  /** The hit's values by column name, in column order: what JSON Lines, CSV and tables print. */
  Map<String, Object> row();
}
