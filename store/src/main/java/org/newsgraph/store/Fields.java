package org.newsgraph.store;

import java.util.Set;

/**
 * The names of the store's fields: what the query syntax accepts ({@code outlet:"Example Wire"}) and what the
 * documents hold. Keyword fields match whole values, case-insensitively; text fields match words.
 */
public final class Fields {

  /** Which kind of record a document is: {@code article}, {@code quote}, {@code event}, {@code entity}, {@code error}. */
  public static final String KIND = "kind";
  /** The unique key of a document ({@code ARTICLE/q3} for facts), the last key of every sort. */
  public static final String KEY = "key";
  /** The article id (its content hash), on the article and on each of its facts. */
  public static final String ARTICLE = "article";
  public static final String OUTLET = "outlet";
  /** Publication day, {@code yyyy-mm-dd}; ranges work: {@code published:[2024-03-01 TO 2024-03-31]}. */
  public static final String PUBLISHED = "published";
  public static final String LANGUAGE = "language";

  /** An article's body; a quote's content. */
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String URL = "url";
  public static final String INPUT = "input";
  /** Focus countries (ISO alpha-3) of an article; for an event, the countries of its place, actor and recipient. */
  public static final String COUNTRY = "country";
  /** Entities an article mentions, by knowledge-base id and by name; for an entity, itself. */
  public static final String ENTITY = "entity";
  public static final String ENGINE = "engine";
  /** Syndicated copies: the id of a cluster's earliest copy, which names the cluster (in article hits). */
  public static final String CLUSTER = "cluster";
  /** Whether an article is its cluster's earliest copy (in article hits); on a cluster record, that copy's id. */
  public static final String EARLIEST = "earliest";
  /** How many copies an article's cluster holds (in article hits and on cluster records). */
  public static final String COPIES = "copies";

  // quote
  /** A quote's speaker by knowledge-base id, canonical name and the words the article uses. */
  public static final String SPEAKER = "speaker";
  /** Entities mentioned inside a quote's content. */
  public static final String ABOUT = "about";
  public static final String CUE = "cue";
  public static final String QUOTE_KIND = "quote_kind";
  /** Stored only on a quote: the framing that applies to it (JSON), its article's title, its place in the article. */
  static final String QUOTE_FRAMING = "quote_framing";
  static final String QUOTE_TITLE = "quote_title";
  static final String QUOTE_INDEX = "quote_index";

  // event
  public static final String TYPE = "type";
  public static final String CAMEO = "cameo";
  public static final String ACTOR = "actor";
  public static final String RECIPIENT = "recipient";
  public static final String PLACE = "place";
  /** The event's date, {@code yyyy-mm-dd} when the article gives a day. */
  public static final String DATE = "date";
  public static final String NEGATED = "negated";
  public static final String HYPOTHETICAL = "hypothetical";
  public static final String FUTURE = "future";
  /** The words of the sentence an event was coded from. */
  public static final String EVIDENCE = "evidence";

  // entity
  /** An entity's canonical name and aliases, as words. */
  public static final String NAME = "name";
  /** An entity's canonical name as one lower-case value, for prefixes. */
  public static final String NAME_KEY = "name_key";
  public static final String ENTITY_TYPE = "entity_type";
  public static final String KB = "kb";

  // error
  public static final String CODE = "code";
  public static final String MESSAGE = "message";

  /** Fields whose words are analyzed; every other field holds whole, lower-cased values. */
  public static final Set<String> TEXT_FIELDS = Set.of(TEXT, TITLE, NAME, EVIDENCE, MESSAGE);

  // Not for queries: sort keys, counts and stored values.
  static final String SORT_DATE = "sort_date";
  static final String TIMES = "times";
  static final String FIGURES = "figures";
  static final String ANALYSIS = "analysis";
  static final String ID = "id";
  static final String START = "start";
  static final String END = "end";
  static final String MENTIONS = "mentions";
  // Syndicated copies: on article documents the LSH band keys, the MinHash signature, the publication rank and the
  // origin the article joined; on cluster records their key, origins and earliest copy's rank.
  static final String COPY_BAND = "copy_band";
  static final String COPY_SIGNATURE = "copy_signature";
  static final String COPY_RANK = "copy_rank";
  static final String CLUSTER_ORIGIN = "cluster_origin";
  static final String CLUSTER_KEY = "cluster_key";
  static final String CLUSTER_ORIGINS = "cluster_origins";
  static final String EARLIEST_RANK = "earliest_rank";
  // Lucene wants one name per kind of field: values stored as given, beside an indexed normal form, are named apart.
  static final String PUBLISHED_AS_GIVEN = "published_as_given";
  static final String DATE_AS_GIVEN = "date_as_given";

  private Fields() {}
}
