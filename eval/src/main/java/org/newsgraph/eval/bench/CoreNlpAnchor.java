package org.newsgraph.eval.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.nlp.CoreNlpTiming;

/**
 * CoreNLP's own pipelines, with CoreNLP's defaults and nothing of newsgraph's, timed on the same texts as the
 * newsgraph configurations, so the benchmark can give its speed as a ratio to what a CoreNLP user runs today.
 */
public enum CoreNlpAnchor {
  /** CoreNLP's default English annotators with the dependency parser. */
  CORENLP_PIPELINE("tokenize,ssplit,pos,lemma,ner,depparse"),
  /** CoreNLP's attribution pipeline: coreference (statistical) and quote attribution on top. */
  CORENLP_ATTRIBUTION("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");

  private final String annotators;

  CoreNlpAnchor(String annotators) {
    this.annotators = annotators;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Loads the pipeline and times {@code articles} of {@code texts} (cycled) at each thread count. */
  public List<BenchResult> run(List<String> texts, int warmup, List<Integer> threadCounts, int articles)
      throws Exception {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("coref.algorithm", "statistical");
    System.gc();
    long loadStart = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    long firstStart = System.nanoTime();
    pipeline.annotate(new Annotation(texts.get(0)));
    double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
    System.gc();
    long liveAfterLoad = HeapPeaks.usedMb();
    for (int i = 0; i < warmup; i++) {
      pipeline.annotate(new Annotation(texts.get(i % texts.size())));
    }
    List<BenchResult> results = new ArrayList<>();
    for (int threads : threadCounts) {
      HeapPeaks.reset();
      Map<String, Double> before = CoreNlpTiming.of(pipeline);
      LongAdder tokens = new LongAdder();
      long start = System.nanoTime();
      timed(pipeline, texts, threads, articles, tokens);
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Double> annotatorMillis = new LinkedHashMap<>();
      CoreNlpTiming.of(pipeline).forEach((name, total) -> annotatorMillis.put(name,
          (total - before.getOrDefault(name, 0.0)) * 1000 / articles));
      results.add(new BenchResult(label(), threads, articles, tokens.sum(), seconds, Map.of(), annotatorMillis,
          loadSeconds, firstSeconds, liveAfterLoad, HeapPeaks.peakMb()));
    }
    return results;
  }

  private static void timed(StanfordCoreNLP pipeline, List<String> texts, int threads, int articles,
      LongAdder tokens) throws Exception {
    Workers.run(threads, articles, i -> {
      Annotation document = new Annotation(texts.get(i % texts.size()));
      pipeline.annotate(document);
      tokens.add(document.get(CoreAnnotations.TokensAnnotation.class).size());
    });
  }

}
