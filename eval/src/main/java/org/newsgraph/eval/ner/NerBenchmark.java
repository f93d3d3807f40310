package org.newsgraph.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;

/** Runs the CoNLL-2003 evaluation of {@code newsgraph eval ner}: reads the data, builds CoreNLP, scores. */
public final class NerBenchmark {

  private NerBenchmark() {}

  /**
   * Scores a CoNLL file with the given NER models (the parser is off: NER does not need it).
   *
   * @param models CoreNLP model paths; empty for newsgraph's defaults
   */
  public static NerReport run(Path data, List<String> models) throws IOException {
    List<ConllDocument> documents = ConllReader.read(data);
    CoreNlpConfig config = CoreNlpConfig.defaults().withParse(false);
    if (!models.isEmpty()) {
      config = config.withNerModels(models);
    }
    NerEvaluation evaluation = new NerEvaluation(new CoreNlpAnnotator(config));
    int tokens = documents.stream().mapToInt(d -> d.tokens().size()).sum();
    return new NerReport(data.getFileName().toString(), config.nerModels(), documents.size(), tokens,
        evaluation.score(documents));
  }
}
