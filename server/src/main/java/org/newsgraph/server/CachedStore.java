package org.newsgraph.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Analysis;
import org.newsgraph.server.web.AnalysisParser;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreStats;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.StoreQuery;

/**
 * The store as the server reads it: the store's own queries, their answers kept while the store's reader sees the
 * same commit (as Solr keeps its result and document caches per searcher). A newer commit, an ingest or a posted
 * article, empties the cache on the next read. The least recently used answers go first past the capacity, which
 * is counted in answers of a page of hits or a few dozen facet values: a larger answer counts as several.
 *
 * <p>Thread-safe. Two requests missing the same answer at once may both compute it; the store's answer is the same.
 */
public final class CachedStore {

  /** How many parsed analyses are kept: they are large (every fact of an article), so fewer than the answers. */
  private static final int ANALYSES_SHARE = 20;

  private final StoreReader store;
  private final AnalysisParser parser;
  private final Lru answers;
  private final Lru analyses;
  private long version = Long.MIN_VALUE;

  /** A cache of at most {@code capacity} answers (of the usual size) over {@code store}; 0 caches nothing. */
  public CachedStore(StoreReader store, AnalysisParser parser, int capacity) {
    this.store = store;
    this.parser = parser;
    this.answers = new Lru(capacity);
    this.analyses = new Lru(capacity == 0 ? 0 : Math.max(1, capacity / ANALYSES_SHARE));
  }

  public StoreReader reader() {
    return store;
  }

  /** One page of hits of {@code query}, with counts for {@code facets} over all its hits. */
  public <H extends Hit> Hits<H> search(StoreQuery<H> query, Page page, Set<Facet> facets) throws IOException {
    // Hits and facet counts come from one pass over the matching records, so they are kept together.
    return cached(answers, new Key("search", query, List.of(page, Set.copyOf(facets))),
        () -> store.search(query, page, facets));
  }

  /** Counts per value of each facet over the records that match, the {@code top} values of each. */
  public Map<Facet, List<FacetCount>> facets(StoreQuery<?> query, Set<Facet> wanted, int top) throws IOException {
    return cached(answers, new Key("facets", query, List.of(Set.copyOf(wanted), top)),
        () -> store.facets(query, wanted, top));
  }

  public long count(StoreQuery<?> query) throws IOException {
    return cached(answers, new Key("count", query, null), () -> store.count(query));
  }

  public EntityProfile profile(String entity, Interval interval, int top) throws IOException {
    return cached(answers, new Key("profile", entity, List.of(interval, top)),
        () -> store.profile(entity, interval, top));
  }

  public StoreStats stats() throws IOException {
    return cached(answers, new Key("stats", null, null), store::stats);
  }

  /** The stored analysis of an article as its {@code newsgraph/1} JSON. */
  public Optional<String> analysisJson(String articleId) throws IOException {
    return store.analysis(articleId);
  }

  /** The stored analysis of an article, read into the model. */
  public Optional<Analysis> analysis(String articleId) throws IOException {
    return cached(analyses, new Key("analysis", articleId, null), () -> store.analysis(articleId).map(parser::parse));
  }

  /** A value computed from the store by the caller, kept like the store's own answers; {@code key} names it. */
  public <T> T computed(String kind, Object key, Computation<T> compute) throws IOException {
    return cached(answers, new Key(kind, key, null), compute);
  }

  /** Sees the latest commit now. */
  public void refresh() throws IOException {
    store.refresh();
  }

  /** A computation over the store. */
  @FunctionalInterface
  public interface Computation<T> {
    T get() throws IOException;
  }

  private <T> T cached(Lru lru, Key key, Computation<T> compute) throws IOException {
    if (lru.capacity == 0) {
      return compute.get();
    }
    long seen = store.version();
    synchronized (this) {
      if (seen != version) {
        answers.clear();
        analyses.clear();
        version = seen;
      }
      @SuppressWarnings("unchecked")
      T known = (T) lru.get(key);
      if (known != null) {
        return known;
      }
    }
    T value = compute.get();
    synchronized (this) {
      if (version == seen && value != null) {
        lru.add(key, value, lru == analyses ? 1 : weight(value));
      }
    }
    return value;
  }

  /** How many usual answers {@code value} counts as: a page of 20 hits or 64 facet values is one. */
  static int weight(Object value) {
    if (value instanceof Hits<?> hits) {
      return 1 + hits.hits().size() / 20 + values(hits.facets()) / 64;
    }
    if (value instanceof Map<?, ?> map) {
      return 1 + values(map) / 64;
    }
    if (value instanceof EntityProfile) {
      return 4;
    }
    return 1;
  }

  private static int values(Map<?, ?> map) {
    int count = 0;
    for (Object value : map.values()) {
      count += value instanceof java.util.Collection<?> values ? values.size() : 1;
    }
    return count;
  }

  /** What an answer was computed from: the kind of answer, the query and what else it depends on. */
  private record Key(String kind, Object query, Object more) {}

  /** Values in access order, the eldest dropped while the weights sum past the capacity; guarded by the outer class. */
  private static final class Lru {
    private final int capacity;
    private final LinkedHashMap<Key, Object> values = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, Integer> weights = new java.util.HashMap<>();
    private long weight;

    Lru(int capacity) {
      this.capacity = capacity;
    }

    Object get(Key key) {
      return values.get(key);
    }

    void add(Key key, Object value, int valueWeight) {
      if (valueWeight > capacity) {
        return;
      }
      Integer before = weights.put(key, valueWeight);
      weight += valueWeight - (before == null ? 0 : before);
      values.put(key, value);
      var eldest = values.entrySet().iterator();
      while (weight > capacity && eldest.hasNext()) {
        Key dropped = eldest.next().getKey();
        eldest.remove();
        weight -= weights.remove(dropped);
      }
    }

    void clear() {
      values.clear();
      weights.clear();
      weight = 0;
    }
  }
}
