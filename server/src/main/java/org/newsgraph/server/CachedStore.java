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
 * article, empties the cache on the next read. The least recently used answers go first past the capacity.
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

  /** A cache of at most {@code capacity} answers over {@code store}; 0 caches nothing. */
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
    Hits<H> hits = cached(answers, new Key("search", query, page), () -> store.search(query, page, Set.of()));
    if (facets.isEmpty()) {
      return hits;
    }
    return new Hits<>(hits.total(), hits.hits(), hits.next(), facets(query, facets, StoreReader.DEFAULT_FACET_TOP));
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
        lru.put(key, value);
      }
    }
    return value;
  }

  /** What an answer was computed from: the kind of answer, the query and what else it depends on. */
  private record Key(String kind, Object query, Object more) {}

  /** A map in access order that drops its eldest entry past its capacity; guarded by the outer instance. */
  private static final class Lru extends LinkedHashMap<Key, Object> {
    private final int capacity;

    Lru(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
      return size() > capacity;
    }
  }
}
