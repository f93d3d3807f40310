package org.newsgraph.eval.bench;

import java.util.Map;

/**
 * Throughput of one configuration at one thread count.
 *
 * @param stageMillis mean milliseconds per article spent in each stage (summed over threads)
 * @param annotatorMillis mean milliseconds per article in each CoreNLP annotator, as CoreNLP times them (summed
 *     over threads)
 * @param peakHeapMb peak heap in use during the timed run
 */
public record BenchResult(String config, int threads, int articles, long tokens, double seconds,
    Map<String, Double> stageMillis, Map<String, Double> annotatorMillis, double loadSeconds, double firstArticleSeconds, long liveHeapAfterLoadMb,
    long peakHeapMb) {

  public double articlesPerSecond() {
    return articles / seconds;
  }

  public double tokensPerSecond() {
    return tokens / seconds;
  }
}
