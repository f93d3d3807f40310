package org.newsgraph.eval.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreStats;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.Distinct;
import org.newsgraph.store.query.EntityQuery;
import org.newsgraph.store.query.ErrorQuery;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

/**
 * Measures a store: how fast precomputed analyses are written, and the latency of each query kind once it holds
 * a given number of articles. The queries are drawn from the store's own most frequent entities, speakers and
 * event types, so that they have hits at every size.
 */
public final class StoreBenchmark {

  /** An error record per this many articles, so that error queries have something to find. */
  private static final int ARTICLES_PER_ERROR = 1000;
  private static final int COMMIT_EVERY = 10_000;

  private final List<Analysis> seeds;

  public StoreBenchmark(List<Analysis> seeds) {
    this.seeds = List.copyOf(seeds);
  }

  /** Writes {@code articles} copies of the seeds into a new store in {@code folder}, timing it. */
  public BuildResult build(Path folder, long articles, String engine) throws IOException {
    return build(folder, articles, engine, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #build(Path, long, String)}, storing from {@code threads} threads at once. */
  public BuildResult build(Path folder, long articles, String engine, int threads) throws IOException {
    Heap.resetPeaks();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    long written;
    long copyNanos;
    java.util.concurrent.atomic.AtomicLong making = new java.util.concurrent.atomic.AtomicLong();
    try (StoreWriter writer = StoreWriter.open(folder, engine)) {
      written = write(writer, new Replicas(seeds, articles, 11), threads, true, making);
      copyNanos = writer.copyCpuNanos();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // Making the replicas (varying their texts) is the benchmark's work, not the store's: its CPU time is left out.
    double cpuSeconds = (processCpuNanos() - cpuStart - making.get()) / 1e9;
    long clusters;
    try (StoreReader reader = StoreReader.open(folder)) {
      clusters = reader.count(ArticleQuery.matching(null), Distinct.CLUSTERS);
    }
    return new BuildResult(written, seconds, written / seconds, cpuSeconds, written / cpuSeconds, Heap.peakMb(),
        threads, copyNanos / 1e6 / written, clusters);
  }

  /**
   * Stores {@code articles} articles with no facts, drawn from the seeds' sentences with a tenth of them edited
   * copies ({@link SyntheticCopies}), into a new store, finding copies or not: what finding copies costs among
   * distinct texts, in CPU time and in size.
   */
  public CopiesResult copies(Path folder, long articles, boolean findCopies, int threads) throws IOException {
    SyntheticCopies synthetic = new SyntheticCopies(seeds.stream().map(a -> a.article().text()).toList(), articles,
        0.1, 23);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long written;
    long copyNanos;
    try (StoreWriter writer = StoreWriter.open(folder, "bench", findCopies)) {
      written = write(writer, synthetic, threads, false, new java.util.concurrent.atomic.AtomicLong());
      copyNanos = writer.copyCpuNanos();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    try (StoreReader reader = StoreReader.open(folder)) {
      StoreStats stats = reader.stats();
      long clusters = reader.count(ArticleQuery.matching(null), Distinct.CLUSTERS);
      return new CopiesResult(written, synthetic.copies(), synthetic.sentences(), clusters, seconds, cpuSeconds,
          copyNanos / 1e6 / written, stats.bytes());
    }
  }

  /**
   * Stores everything {@code analyses} gives from {@code threads} threads, committing every so often; adds to
   * {@code making} the CPU time spent making the analyses.
   */
  private static long write(StoreWriter writer, java.util.Iterator<Analysis> analyses, int threads,
      boolean withErrors, java.util.concurrent.atomic.AtomicLong making) throws IOException {
    java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        while (true) {
          Analysis analysis;
          long n;
          synchronized (analyses) {
            if (!analyses.hasNext()) {
              return null;
            }
            long cpu = THREADS.getCurrentThreadCpuTime();
            analysis = analyses.next();
            making.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            n = count.incrementAndGet();
          }
          writer.put(analysis, "bench#" + n, false);
          if (withErrors && n % ARTICLES_PER_ERROR == 0) {
            writer.putError(ErrorRecord.of("bench-bad#" + n, "BINARY_INPUT", "the input is binary, not text"));
          }
          if (n % COMMIT_EVERY == 0) {
            writer.commit();
          }
        }
      }));
    }
    pool.shutdown();
    try {
      for (java.util.concurrent.Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
    writer.commit();
    return count.get();
  }

  /** Times every query kind {@code repeats} times per query after a warm-up round; latencies in milliseconds. */
  public Map<String, Latency> queries(StoreReader reader, int repeats) throws IOException {
    QuerySet set = QuerySet.of(reader);
    Map<String, Latency> latencies = new LinkedHashMap<>();
    for (Map.Entry<String, List<TimedQuery>> kind : set.kinds().entrySet()) {
      for (TimedQuery query : kind.getValue()) {
        query.run(); // warm-up
      }
      List<Double> millis = new ArrayList<>();
      List<Double> cpuMillis = new ArrayList<>();
      for (int r = 0; r < repeats; r++) {
        for (TimedQuery query : kind.getValue()) {
          long cpu = THREADS.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          query.run();
          millis.add((System.nanoTime() - start) / 1e6);
          cpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
      }
      latencies.put(kind.getKey(), Latency.of(millis, cpuMillis));
    }
    return latencies;
  }

  /** The store's stats, for size per article. */
  public static StoreStats stats(StoreReader reader) throws IOException {
    return reader.stats();
  }

  /** One query to time. */
  @FunctionalInterface
  interface TimedQuery {
    void run() throws IOException;
  }

  /** The queries of each kind, drawn from what the store holds most. */
  private record QuerySet(Map<String, List<TimedQuery>> kinds) {

    static QuerySet of(StoreReader reader) throws IOException {
      Page page = Page.first(20, SortOrder.RELEVANCE);
      Page newest = Page.first(20, SortOrder.DATE);
      List<String> entities = values(reader.facets(ArticleQuery.matching(null), EnumSet.of(Facet.ENTITY), 8)
          .get(Facet.ENTITY));
      List<String> speakers = values(reader.facets(QuoteQuery.matching(null), EnumSet.of(Facet.SPEAKER), 8)
          .get(Facet.SPEAKER));
      List<String> types = values(reader.facets(EventQuery.matching(null), EnumSet.of(Facet.EVENT_TYPE), 6)
          .get(Facet.EVENT_TYPE));
      List<String> words = List.of("campaign", "\"white house\"", "email AND investigation", "voters OR polls",
          "tax", "\"health care\"");
      DateRange month = DateRange.parse("2015-06-01", "2015-06-30");
      Map<String, List<TimedQuery>> kinds = new LinkedHashMap<>();
      kinds.put("article: words", each(words, w -> reader.search(ArticleQuery.matching(w), page, Set.of())));
      kinds.put("article: words, newest first", each(words,
          w -> reader.search(ArticleQuery.matching(w), newest, Set.of())));
      kinds.put("article: entity + month", each(entities, e -> reader.search(
          new ArticleQuery(null, null, null, month, null, null, e), page, Set.of())));
      kinds.put("article: words + facets (month, outlet, entity)", each(words, w -> reader.search(
          ArticleQuery.matching(w), page, EnumSet.of(Facet.MONTH, Facet.OUTLET, Facet.ENTITY))));
      kinds.put("quote: speaker", each(speakers, s -> reader.search(QuoteQuery.bySpeaker(s), newest, Set.of())));
      kinds.put("quote: words", each(words, w -> reader.search(QuoteQuery.matching(w), page, Set.of())));
      kinds.put("quote: about entity", each(entities, e -> reader.search(QuoteQuery.about(e), page, Set.of())));
      kinds.put("event: type + month", each(types, t -> reader.search(new EventQuery(null, t, null, null, null,
          null, null, month, null, null, null), page, Set.of())));
      kinds.put("event: actor", each(entities, e -> reader.search(EventQuery.byActor(e), newest, Set.of())));
      kinds.put("entity: name prefix", each(List.of("cl", "tr", "don", "hil", "ame", "wa"),
          p -> reader.search(new EntityQuery(null, p, null, null), page, Set.of())));
      kinds.put("entity: type", each(List.of("PERSON", "ORGANIZATION", "COUNTRY"),
          t -> reader.search(new EntityQuery(null, null, t, null), page, Set.of())));
      kinds.put("error: code", each(List.of("BINARY_INPUT"),
          c -> reader.search(new ErrorQuery(null, c), page, Set.of())));
      kinds.put("entity profile", each(entities.subList(0, Math.min(4, entities.size())),
          e -> reader.profile(e, Interval.MONTH, 10)));
      kinds.put("count only: words", each(words, w -> reader.count(ArticleQuery.matching(w))));
      return new QuerySet(kinds);
    }

    private static List<String> values(List<FacetCount> counts) {
      return counts.stream().map(FacetCount::value).toList();
    }

    private static List<TimedQuery> each(List<String> values, Each each) {
      return values.stream().map(v -> (TimedQuery) () -> each.run(v)).toList();
    }
  }

  @FunctionalInterface
  private interface Each {
    void run(String value) throws IOException;
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** CPU time of the whole process (merge threads included), which a busy machine does not inflate. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * What writing a store took, in wall-clock time and in CPU time of the process (on a machine shared with other
   * work, the CPU rate is what the store itself costs).
   */
  public record BuildResult(long articles, double seconds, double articlesPerSecond, double cpuSeconds,
      double articlesPerCpuSecond, long peakHeapMb, int threads, double copyCpuMillisPerArticle, long clusters) {}

  /**
   * What storing fact-less articles took with or without finding copies.
   *
   * @param planted how many of the articles were made as edited copies of an earlier one
   * @param sentences how many real sentences the articles were drawn from
   * @param clusters how many clusters the store counts ({@code --distinct clusters})
   * @param copyCpuMillisPerArticle CPU time spent finding copies, per article
   */
  public record CopiesResult(long articles, long planted, int sentences, long clusters, double seconds,
      double cpuSeconds, double copyCpuMillisPerArticle, long bytes) {}

  /**
   * Latency percentiles of one query kind, in milliseconds: wall-clock, and CPU time of the searching thread (what
   * a query costs when it has a core to itself).
   */
  public record Latency(int queries, double p50, double p99, double max, double cpuP50, double cpuP99) {

    static Latency of(List<Double> millis, List<Double> cpuMillis) {
      List<Double> sorted = millis.stream().sorted().toList();
      List<Double> cpu = cpuMillis.stream().sorted().toList();
      return new Latency(sorted.size(), at(sorted, 0.50), at(sorted, 0.99), sorted.get(sorted.size() - 1),
          at(cpu, 0.50), at(cpu, 0.99));
    }

    private static double at(List<Double> sorted, double quantile) {
      int index = (int) Math.ceil(quantile * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
  }
}
