package org.newsgraph.eval.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.StageListener;

/**
 * Measures warm throughput (articles/s, tokens/s) of the whole pipeline, per-stage time, heap and cold start, for a
 * backbone configuration at several thread counts.
 */
public final class ThroughputBenchmark {

  private final List<RawDocument> corpus;
  private final int warmup;

  /**
   * @param corpus articles to time, analyzed in order (cycled when a run wants more than there are)
   * @param warmup articles analyzed before timing starts, to let the JIT settle
   */
  public ThroughputBenchmark(List<RawDocument> corpus, int warmup) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the benchmark corpus is empty");
    }
    this.corpus = List.copyOf(corpus);
    this.warmup = warmup;
  }

  /** Loads a pipeline with {@code config} and times {@code articles} articles at each thread count. */
  public List<BenchResult> run(String name, CoreNlpConfig config, List<Integer> threadCounts, int articles)
      throws Exception {
    System.gc();
    long loadStart = System.nanoTime();
    CoreNlpAnnotator coreNlp = new CoreNlpAnnotator(config);
    CountingAnnotator annotator = new CountingAnnotator(coreNlp);
    Newsgraph pipeline = Newsgraph.builder().annotator(annotator).build();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    long firstStart = System.nanoTime();
    pipeline.analyze(corpus.get(0));
    double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
    System.gc();
    long liveAfterLoad = HeapPeaks.usedMb();
    for (int i = 0; i < warmup; i++) {
      pipeline.analyze(corpus.get(i % corpus.size()));
    }
    List<BenchResult> results = new ArrayList<>();
    for (int threads : threadCounts) {
      annotator.takeTokens();
      HeapPeaks.reset();
      Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();
      StageListener listener = (stage, nanos) -> stageNanos.computeIfAbsent(stage, s -> new LongAdder()).add(nanos);
      Map<String, Double> annotatorsBefore = coreNlp.annotatorSeconds();
      long start = System.nanoTime();
      timed(pipeline, threads, articles, listener);
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Double> annotatorMillis = new LinkedHashMap<>();
      coreNlp.annotatorSeconds().forEach((annotatorName, total) -> annotatorMillis.put(annotatorName,
          (total - annotatorsBefore.getOrDefault(annotatorName, 0.0)) * 1000 / articles));
      Map<String, Double> perArticle = new LinkedHashMap<>();
      List<String> order = new ArrayList<>(List.of("clean"));
      order.addAll(pipeline.pipeline().stageNames());
      for (String stage : order) {
        LongAdder nanos = stageNanos.get(stage);
        perArticle.put(stage, nanos == null ? 0 : nanos.sum() / 1e6 / articles);
      }
      results.add(new BenchResult(name, threads, articles, annotator.takeTokens(), seconds, perArticle,
          annotatorMillis, loadSeconds, firstSeconds, liveAfterLoad, HeapPeaks.peakMb()));
    }
    return results;
  }

  private void timed(Newsgraph pipeline, int threads, int articles, StageListener listener) throws Exception {
    Workers.run(threads, articles, i -> pipeline.analyze(corpus.get(i % corpus.size()), listener));
  }
}
