package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Framing;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Kind;

/**
 * Turns an analysis into the store's documents: one for the article and one per quote, event and entity, each
 * carrying the article's id, outlet and day so that every kind can be filtered and counted by them.
 */
final class AnalysisDocuments {

  /** The facet dimension that counts engine versions (for stats, not offered as a search facet). */
  static final String ENGINE_DIM = "engine";

  private final AnalysisJson json = new AnalysisJson();

  /** The doc-values field holding the values of facet dimension {@code dim}. */
  static String facetField(String dim) {
    return FacetsConfig.DEFAULT_INDEX_FIELD_NAME + "." + dim;
  }

  /**
   * The facet configuration the store's readers count with. The writer writes the doc values this configuration
   * reads itself ({@link #facetValue}): no drill-down terms, one field per dimension.
   */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : List.of(Facet.ENTITY, Facet.SPEAKER, Facet.EVENT_TYPE, Facet.COUNTRY)) {
      config.setMultiValued(facet.label(), true);
    }
    // A field of its own per dimension: counting one dimension then reads its values alone, where one shared
    // field made every count walk every value of every dimension of each hit (an article's entities for its month).
    // No drill-down terms: the store filters on its own keyword fields and counts from doc values, so the terms
    // Lucene indexes for drill-down queries by default (two postings per facet value of every document) were
    // never read, and indexing and flushing them was the largest share of writing.
    for (Facet facet : Facet.values()) {
      config.setIndexFieldName(facet.label(), facetField(facet.label()));
      config.setDrillDownTermsIndexing(facet.label(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    config.setIndexFieldName(ENGINE_DIM, facetField(ENGINE_DIM));
    config.setDrillDownTermsIndexing(ENGINE_DIM, FacetsConfig.DrillDownTermsIndexing.NONE);
    return config;
  }

  /** The article's document first, then its facts'. */
  List<Document> of(Analysis analysis, String input, String engine) {
    Article article = analysis.article();
    Entities entities = new Entities(analysis);
    // Parsed once: every document of the article carries the day.
    LocalDate published = article.publishedDate().orElse(null);
    List<Document> documents = new ArrayList<>();
    documents.add(article(analysis, input, engine, published));
    Map<String, List<Framing>> framing = analysis.framing().stream().filter(f -> f.appliesTo() != null)
        .collect(Collectors.groupingBy(Framing::appliesTo));
    for (int i = 0; i < analysis.quotes().size(); i++) {
      Quote quote = analysis.quotes().get(i);
      Document doc = quote(article, published, quote, entities);
      // What a list of quotes shows besides the quote, kept with it so that no page parses the whole analysis.
      doc.add(new StoredField(Fields.QUOTE_FRAMING, json.write(framing.getOrDefault(quote.id(), List.of()), false)));
      doc.add(new StoredField(Fields.QUOTE_INDEX, i));
      if (article.title() != null) {
        doc.add(new StoredField(Fields.QUOTE_TITLE, article.title()));
      }
      documents.add(doc);
    }
    for (Event event : analysis.events()) {
      documents.add(event(article, published, event, entities));
    }
    for (Entity entity : analysis.entities()) {
      documents.add(entity(article, published, entity));
    }
    return documents;
  }

  Document error(ErrorRecord error) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Kind.ERROR.label(), Store.NO));
    key(doc, errorKey(error.input()));
    doc.add(new StringField(Fields.INPUT, Keys.of(error.input()), Store.NO));
    doc.add(new StoredField(Fields.INPUT, error.input()));
    doc.add(new StringField(Fields.CODE, Keys.of(error.error().code()), Store.NO));
    doc.add(new StoredField(Fields.CODE, error.error().code()));
    doc.add(new TextField(Fields.MESSAGE, error.error().message(), Store.YES));
    return doc;
  }

  static String errorKey(String input) {
    return "error/" + input;
  }

  private Document article(Analysis analysis, String input, String engine, LocalDate published) {
    Article article = analysis.article();
    Document doc = common(Kind.ARTICLE, article.id(), article, published, published);
    if (input != null) {
      doc.add(new StringField(Fields.INPUT, Keys.of(input), Store.NO));
      doc.add(new StoredField(Fields.INPUT, input));
    }
    keyword(doc, Fields.URL, article.url());
    if (article.title() != null) {
      doc.add(new TextField(Fields.TITLE, article.title(), Store.YES));
    }
    doc.add(new TextField(Fields.TEXT, article.text(), Store.NO));
    for (String country : analysis.focus().countries()) {
      keyword(doc, Fields.COUNTRY, country);
      facet(doc, Facet.COUNTRY, country);
    }
    for (Entity entity : analysis.entities()) {
      for (String key : Entities.keys(entity)) {
        doc.add(new StringField(Fields.ENTITY, key, Store.NO));
      }
      facet(doc, Facet.ENTITY, Entities.label(entity));
    }
    keyword(doc, Fields.ENGINE, engine);
    doc.add(facetValue(ENGINE_DIM, engine));
    doc.add(new NumericDocValuesField(Fields.TIMES, analysis.times().size()));
    doc.add(new NumericDocValuesField(Fields.FIGURES, analysis.figures().size()));
    doc.add(new StoredField(Fields.ANALYSIS, json.write(analysis, false).getBytes(StandardCharsets.UTF_8)));
    return doc;
  }

  private Document quote(Article article, LocalDate published, Quote quote, Entities entities) {
    Document doc = common(Kind.QUOTE, article.id() + "/" + quote.id(), article, published, published);
    doc.add(new StoredField(Fields.ID, quote.id()));
    doc.add(new TextField(Fields.TEXT, quote.text(), Store.YES));
    span(doc, quote.start(), quote.end());
    if (quote.speaker() != null) {
      Entity speaker = entities.byId(quote.speaker().entity());
      Set<String> keys = new LinkedHashSet<>();
      keys.add(Keys.of(quote.speaker().name()));
      String label = quote.speaker().name();
      if (speaker != null) {
        keys.addAll(Entities.keys(speaker));
        label = Entities.label(speaker);
        keyword(doc, Fields.KB, Entities.kbId(speaker));
      }
      keys.forEach(k -> doc.add(new StringField(Fields.SPEAKER, k, Store.NO)));
      doc.add(new StoredField(Fields.SPEAKER, label));
      facet(doc, Facet.SPEAKER, label);
    }
    for (Entity about : entities.mentionedWithin(quote.start(), quote.end())) {
      Entities.keys(about).forEach(k -> doc.add(new StringField(Fields.ABOUT, k, Store.NO)));
      facet(doc, Facet.ENTITY, Entities.label(about));
    }
    if (quote.cue() != null) {
      keyword(doc, Fields.CUE, quote.cue().text());
    }
    keyword(doc, Fields.QUOTE_KIND, quote.kind() == null ? null : quote.kind().json());
    return doc;
  }

  private Document event(Article article, LocalDate published, Event event, Entities entities) {
    LocalDate day = day(event.date()).orElse(published);
    Document doc = common(Kind.EVENT, article.id() + "/" + event.id(), article, published, day);
    doc.add(new StoredField(Fields.ID, event.id()));
    keyword(doc, Fields.TYPE, event.type());
    facet(doc, Facet.EVENT_TYPE, event.type());
    keyword(doc, Fields.CAMEO, event.cameo());
    Set<String> countries = new LinkedHashSet<>();
    participant(doc, Fields.ACTOR, event.actor(), entities, countries);
    participant(doc, Fields.RECIPIENT, event.recipient(), entities, countries);
    if (event.place() != null) {
      Entity place = entities.byName(event.place());
      doc.add(new StringField(Fields.PLACE, Keys.of(event.place()), Store.NO));
      doc.add(new StoredField(Fields.PLACE, event.place()));
      if (place != null) {
        Entities.keys(place).forEach(k -> doc.add(new StringField(Fields.PLACE, k, Store.NO)));
        String country = entities.countryOf(place);
        if (country != null) {
          countries.add(country);
        }
      }
    }
    for (String country : countries) {
      doc.add(new StringField(Fields.COUNTRY, Keys.of(country), Store.NO));
      facet(doc, Facet.COUNTRY, country);
    }
    if (day != null) {
      doc.add(new StringField(Fields.DATE, day.toString(), Store.NO));
    }
    stored(doc, Fields.DATE_AS_GIVEN, event.date());
    flag(doc, Fields.NEGATED, event.negated());
    flag(doc, Fields.HYPOTHETICAL, event.hypothetical());
    flag(doc, Fields.FUTURE, event.future());
    if (event.evidence() != null) {
      String words = article.text().substring(event.evidence().start(), event.evidence().end());
      doc.add(new TextField(Fields.EVIDENCE, words, Store.YES));
      span(doc, event.evidence().start(), event.evidence().end());
    }
    return doc;
  }

  private void participant(Document doc, String field, Actor actor, Entities entities, Set<String> countries) {
    if (actor == null) {
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    if (actor.name() != null) {
      keys.add(Keys.of(actor.name()));
      doc.add(new StoredField(field, actor.name()));
    }
    if (actor.code() != null) {
      keys.add(Keys.of(actor.code()));
      doc.add(new StoredField(field + "_code", actor.code()));
      // A CAMEO actor code begins with its country (RUSMIL is Russia's military).
      if (actor.code().length() >= 3 && actor.code().substring(0, 3).chars().allMatch(Character::isUpperCase)) {
        keys.add(Keys.of(actor.code().substring(0, 3)));
      }
    }
    Entity entity = entities.byId(actor.entity());
    if (entity != null) {
      keys.addAll(Entities.keys(entity));
      facet(doc, Facet.ENTITY, Entities.label(entity));
      String country = entities.countryOf(entity);
      if (country != null) {
        keys.add(Keys.of(country));
        countries.add(country);
      }
    }
    keys.forEach(k -> doc.add(new StringField(field, k, Store.NO)));
  }

  private Document entity(Article article, LocalDate published, Entity entity) {
    Document doc = common(Kind.ENTITY, article.id() + "/" + entity.id(), article, published, published);
    doc.add(new StoredField(Fields.ID, entity.id()));
    doc.add(new TextField(Fields.NAME, entity.name(), Store.YES));
    for (String alias : entity.aliases()) {
      doc.add(new TextField(Fields.NAME, alias, Store.NO));
    }
    doc.add(new StringField(Fields.NAME_KEY, Keys.of(entity.name()), Store.NO));
    Entities.keys(entity).forEach(k -> doc.add(new StringField(Fields.ENTITY, k, Store.NO)));
    keyword(doc, Fields.ENTITY_TYPE, entity.type() == null ? null : entity.type().name());
    keyword(doc, Fields.KB, Entities.kbId(entity));
    doc.add(new StoredField(Fields.MENTIONS, entity.mentions().size()));
    if (!entity.mentions().isEmpty()) {
      Mention first = entity.mentions().get(0);
      span(doc, first.start(), first.end());
    }
    facet(doc, Facet.ENTITY, Entities.label(entity));
    String country = Entities.kbString(entity, "country");
    if (country != null) {
      doc.add(new StringField(Fields.COUNTRY, Keys.of(country), Store.NO));
      facet(doc, Facet.COUNTRY, country);
    }
    return doc;
  }

  /** The fields every document of an article has: kind, key, article, outlet, language and day. */
  private static Document common(Kind kind, String key, Article article, LocalDate published, LocalDate day) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, kind.label(), Store.NO));
    key(doc, key);
    doc.add(new StringField(Fields.ARTICLE, article.id(), Store.YES));
    if (article.outlet() != null && !article.outlet().isBlank()) {
      keyword(doc, Fields.OUTLET, article.outlet());
      facet(doc, Facet.OUTLET, article.outlet());
    }
    keyword(doc, Fields.LANGUAGE, article.language());
    stored(doc, Fields.PUBLISHED_AS_GIVEN, article.published());
    if (published != null) {
      doc.add(new StringField(Fields.PUBLISHED, published.toString(), Store.NO));
    }
    if (day != null) {
      doc.add(new NumericDocValuesField(Fields.SORT_DATE, day.toEpochDay()));
      // The same value as a point lets a newest-first page skip every record older than its last hit.
      doc.add(new LongPoint(Fields.SORT_DATE, day.toEpochDay()));
      // Weeks and months are counted by adding up days (FacetCounter), so a record carries its day alone; the
      // week and month values stores written before still hold are not read.
      facet(doc, Facet.DAY, day.toString());
    }
    return doc;
  }

  private static java.util.Optional<LocalDate> day(String timex) {
    if (timex == null || timex.length() < 10) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(LocalDate.parse(timex.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static void key(Document doc, String key) {
    doc.add(new StringField(Fields.KEY, key, Store.YES));
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
  }

  /** A whole value: indexed lower-cased for queries, stored as written for hits. */
  private static void keyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, Keys.of(value), Store.NO));
      doc.add(new StoredField(field, value));
    }
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void flag(Document doc, String field, boolean value) {
    doc.add(new StringField(field, Boolean.toString(value), Store.YES));
  }

  private static void span(Document doc, int start, int end) {
    doc.add(new StoredField(Fields.START, start));
    doc.add(new StoredField(Fields.END, end));
  }

  private static void facet(Document doc, Facet facet, String label) {
    if (label != null && !label.isBlank()) {
      doc.add(facetValue(facet.label(), label.strip()));
    }
  }

  /**
   * One value of a facet dimension, written as {@link FacetsConfig#build} would write it for
   * {@link #facetsConfig()} (the dimension's own field, the path of dimension and label): building every document
   * through it copied each document's fields once more and showed in profiles of bulk writes.
   */
  static SortedSetDocValuesField facetValue(String dim, String label) {
    return new SortedSetDocValuesField(facetField(dim),
        new BytesRef(FacetsConfig.pathToString(dim, new String[] {label})));
  }

  /** The entities of one analysis, looked up by id, name and position, and their countries. */
  private static final class Entities {
    private final Map<String, Entity> byId = new java.util.HashMap<>();
    private final Map<String, Entity> byName = new java.util.HashMap<>();
    private final Map<String, String> placeCountry = new java.util.HashMap<>();
    private final List<Entity> all;

    Entities(Analysis analysis) {
      this.all = analysis.entities();
      for (Entity entity : all) {
        byId.put(entity.id(), entity);
        byName.putIfAbsent(entity.name(), entity);
      }
      for (Place place : analysis.places()) {
        if (place.entity() != null && place.country() != null) {
          placeCountry.put(place.entity(), place.country());
        }
      }
    }

    Entity byId(String id) {
      return id == null ? null : byId.get(id);
    }

    Entity byName(String name) {
      return byName.get(name);
    }

    String countryOf(Entity entity) {
      String country = placeCountry.get(entity.id());
      return country != null ? country : kbString(entity, "country");
    }

    /** Entities with a mention inside {@code start..end}. */
    List<Entity> mentionedWithin(int start, int end) {
      List<Entity> within = new ArrayList<>();
      for (Entity entity : all) {
        if (entity.mentions().stream().anyMatch(m -> m.start() >= start && m.end() <= end)) {
          within.add(entity);
        }
      }
      return within;
    }

    /** What finds an entity: its knowledge-base id, its name and the knowledge base's name, lower-cased. */
    static Set<String> keys(Entity entity) {
      Set<String> keys = new LinkedHashSet<>();
      String kb = kbId(entity);
      if (kb != null) {
        keys.add(Keys.of(kb));
      }
      keys.add(Keys.of(entity.name()));
      String kbName = kbString(entity, "name");
      if (kbName != null) {
        keys.add(Keys.of(kbName));
      }
      return keys;
    }

    /** The name counts show: the knowledge base's when linked (one name across articles), else the article's. */
    static String label(Entity entity) {
      String kbName = kbString(entity, "name");
      return kbName != null ? kbName : entity.name();
    }

    static String kbId(Entity entity) {
      return kbString(entity, "id");
    }

    static String kbString(Entity entity, String key) {
      Object value = entity.kb().get(key);
      return value instanceof String s && !s.isBlank() ? s : null;
    }
  }
}
