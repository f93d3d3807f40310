package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Distinct;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Passage;
import org.newsgraph.store.query.StoreQuery;

/**
 * Searches a store: the one query implementation behind the CLI, the server and the Spark job. It sees the store as
 * of its last commit and picks up newer commits (another process's ingest) within a second, on the next call.
 *
 * <p>Thread-safe: open one per store and share it.
 */
public final class StoreReader implements AutoCloseable {

  /** How many values a facet lists when the caller does not say. */
  public static final int DEFAULT_FACET_TOP = 20;

  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final Path folder;
  private final Directory directory;
  private final SearcherManager searchers;
  private final LuceneQueries queries = new LuceneQueries();
  private final Passages passages = new Passages();
  private final FacetCounter facets;
  private final ClusterMap clusters = new ClusterMap();
  private final DistinctClusters distinctClusters = new DistinctClusters(clusters);
  private volatile long refreshedAt = System.nanoTime();

  private StoreReader(Path folder, Directory directory, FacetCounter.Sampling sampling) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.searchers = new SearcherManager(directory, null);
    this.facets = new FacetCounter(AnalysisDocuments.facetsConfig(), sampling);
  }

  /** Opens the store in {@code folder} read-only; fails when there is no store there. */
  public static StoreReader open(Path folder) throws IOException {
    return open(folder, FacetCounter.Sampling.DEFAULT);
  }

  /** As {@link #open(Path)}, counting entities on a sample past other bounds than the store's own. */
  static StoreReader open(Path folder, FacetCounter.Sampling sampling) throws IOException {
    Directory directory = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new NoSuchFileException(folder.toString(), null,
          "no store there (build one with: newsgraph ingest --store " + folder + " FILE...)");
    }
    return new StoreReader(folder, directory, sampling);
  }

  public Path folder() {
    return folder;
  }

  /** One page of hits of {@code query}, with counts for {@code facetsWanted} over all its hits. */
  public <H extends Hit> Hits<H> search(StoreQuery<H> query, Page page, Set<Facet> facetsWanted) throws IOException {
    return search(query, page, facetsWanted, Distinct.COPIES);
  }

  /**
   * One page of hits of {@code query}, with counts for {@code facetsWanted} over all its hits; with
   * {@link Distinct#CLUSTERS}, hits, total and counts take one article per cluster of syndicated copies.
   */
  public <H extends Hit> Hits<H> search(StoreQuery<H> query, Page page, Set<Facet> facetsWanted, Distinct distinct)
      throws IOException {
    return search(query, page, facetsWanted, DEFAULT_FACET_TOP, distinct);
  }

  /** As {@link #search(StoreQuery, Page, Set, Distinct)}, listing the {@code top} values of each facet. */
  <H extends Hit> Hits<H> search(StoreQuery<H> query, Page page, Set<Facet> facetsWanted, int top,
      Distinct distinct) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      Query lucene = lucene(searcher, query, distinct);
      Collected collected = collect(searcher, lucene, page, !facetsWanted.isEmpty());
      List<H> hits = new ArrayList<>();
      String next = null;
      if (collected.top() != null) {
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] docs = collected.top().scoreDocs;
        for (int i = 0; i < Math.min(docs.length, page.limit()); i++) {
          @SuppressWarnings("unchecked")
          H hit = (H) HitReader.read(query.kind(), searcher, stored, docs[i].doc, clusters);
          hits.add(hit);
        }
        if (docs.length > page.limit()) {
          next = Cursors.encode(page.sort(), (FieldDoc) docs[page.limit() - 1]);
        }
      }
      Map<Facet, List<FacetCount>> counts = collected.facets() == null ? Map.of()
          : facets.count(searcher, collected.facets(), facetsWanted, top);
      return new Hits<>(collected.total(), collected.exact(), hits, next, counts);
    } finally {
      searchers.release(searcher);
    }
  }

  /** What the pass over the hits gave: the top of the page, the hits for facets, and the total. */
  private record Collected(TopDocs top, FacetsCollector facets, long total, boolean exact) {}

  /**
   * The page's top hits and, when asked, every hit for the facet counts, in one pass over the matching records.
   * The total is exact when every hit is walked anyway (facets, or few hits); past {@link Hits#EXACT_TOTAL_UP_TO}
   * hits a page without facets stops counting, so that Lucene can skip the records that cannot make the page. A
   * page of words with facets takes two passes (see below).
   */
  private static Collected collect(IndexSearcher searcher, Query lucene, Page page, boolean withFacets)
      throws IOException {
    if (page.limit() == 0) {
      if (!withFacets) {
        return new Collected(null, null, searcher.count(lucene), true);
      }
      FacetsCollector all = searcher.search(lucene, new FacetsCollectorManager());
      return new Collected(null, all, totalOf(all), true);
    }
    boolean scoring = ScoringClauses.scores(lucene);
    FieldDoc after = page.after() == null ? null
        : Cursors.decode(page.sort(), scoring, page.after(), searcher.getIndexReader().maxDoc());
    // One hit more than asked tells whether there is a next page.
    TopFieldCollectorManager top = new TopFieldCollectorManager(Cursors.sort(page.sort(), scoring),
        page.limit() + 1, after, withFacets ? Integer.MAX_VALUE : Hits.EXACT_TOTAL_UP_TO, false);
    if (!withFacets) {
      TopDocs docs = searcher.search(lucene, top);
      return new Collected(docs, null, docs.totalHits.value,
          docs.totalHits.relation == TotalHits.Relation.EQUAL_TO);
    }
    if (scoring) {
      // Collecting the facets with the top hits would score every hit; two passes let the first skip what cannot
      // make the page (Lucene's block-max WAND) and the second count with no scores (100k, words and facets: CPU
      // p50 32 ms in one pass at load 4-5, 28 ms in two at load 1.6).
      TopDocs docs = searcher.search(lucene, new TopFieldCollectorManager(Cursors.sort(page.sort(), true),
          page.limit() + 1, after, Hits.EXACT_TOTAL_UP_TO, false));
      FacetsCollector all = searcher.search(lucene, new FacetsCollectorManager());
      return new Collected(docs, all, totalOf(all), true);
    }
    Object[] both = searcher.search(lucene, new MultiCollectorManager(top, new FacetsCollectorManager()));
    FacetsCollector all = (FacetsCollector) both[1];
    return new Collected((TopDocs) both[0], all, totalOf(all), true);
  }

  private static long totalOf(FacetsCollector collected) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
      total += docs.totalHits;
    }
    return total;
  }

  /** How many records match. */
  public long count(StoreQuery<?> query) throws IOException {
    return count(query, Distinct.COPIES);
  }

  /** How many records match; with {@link Distinct#CLUSTERS}, how many clusters of copies. */
  public long count(StoreQuery<?> query, Distinct distinct) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(lucene(searcher, query, distinct));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Counts per value of each facet over the records that match, the {@code top} values of each. */
  public Map<Facet, List<FacetCount>> facets(StoreQuery<?> query, Set<Facet> wanted, int top) throws IOException {
    return facets(query, wanted, top, Distinct.COPIES);
  }

  /** As {@link #facets(StoreQuery, Set, int)}; with {@link Distinct#CLUSTERS}, a cluster of copies counts once. */
  public Map<Facet, List<FacetCount>> facets(StoreQuery<?> query, Set<Facet> wanted, int top, Distinct distinct)
      throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return wanted.isEmpty() ? new EnumMap<>(Facet.class)
          : facets.count(searcher, lucene(searcher, query, distinct), wanted, top);
    } finally {
      searchers.release(searcher);
    }
  }

  private Query lucene(IndexSearcher searcher, StoreQuery<?> query, Distinct distinct) throws IOException {
    Query lucene = queries.of(query);
    if (distinct == Distinct.CLUSTERS) {
      if (query.kind() != Kind.ARTICLE) {
        throw new IllegalArgumentException("--distinct clusters counts articles; it does not apply to "
            + query.kind().label() + " records");
      }
      return distinctClusters.of(searcher, lucene);
    }
    return lucene;
  }

  /**
   * An entity's profile: articles mentioning it per {@code interval}, quotes by it and about it, events with it
   * as actor and as recipient (the {@code top} newest of each, with counts), the entities and outlets beside it.
   *
   * @param entity a knowledge-base id or canonical name
   */
  public EntityProfile profile(String entity, Interval interval, int top) throws IOException {
    return new Profiles(this).of(entity, interval, top);
  }

  /** What the store holds: counts of each kind, dates, engine versions, size. */
  public StoreStats stats() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return StatsReader.of(searcher, facets, folder);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The stored analysis of an article, as {@code newsgraph/1} JSON. */
  public Optional<String> analysis(String articleId) throws IOException {
    return storedAnalysis(articleId)
        .map(json -> new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
  }

  /** The text of a stored article, read from its analysis without reading the facts after it. */
  public Optional<String> articleText(String articleId) throws IOException {
    Optional<BytesRef> json = storedAnalysis(articleId);
    return json.isEmpty() ? Optional.empty() : ArticleText.in(json.get());
  }

  private Optional<BytesRef> storedAnalysis(String articleId) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.KEY, articleId)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.ANALYSIS));
      return Optional.ofNullable(doc.getBinaryValue(Fields.ANALYSIS));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The version of the commit this reader sees (Lucene's index version): it changes when a newer commit is seen, so
   * a caller can keep what it computed from the store until then.
   */
  public long version() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The {@code max} passages of an article's {@code text} that best match the words of {@code query} (a hit of it),
   * in text order, with the matched words' offsets; the text's first sentence when the query has no words for the
   * text.
   */
  public List<Passage> passages(ArticleQuery query, String text, int max) throws IOException {
    return passages.of(queries.words(query), text, max);
  }

  /** Sees the latest commit now; returns whether there was a newer one. */
  public boolean refresh() throws IOException {
    refreshedAt = System.nanoTime();
    return searchers.maybeRefresh();
  }

  IndexSearcher acquire() throws IOException {
    if (System.nanoTime() - refreshedAt > REFRESH_NANOS) {
      refresh();
    }
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  FacetCounter facetCounter() {
    return facets;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }
}
