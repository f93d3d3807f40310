package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * CoreNLP's neural dependency parser, writing only the basic dependencies the stages read. CoreNLP's annotator
 * converts every parse into four more graphs (collapsed, CC-processed, enhanced, enhanced++), about a quarter of its
 * time, and nothing in newsgraph reads them. Thread-safe: the parser's prediction keeps no state between calls.
 */
final class BasicDependencyParser {

  private final DependencyParser parser;
  private final LongAdder nanos = new LongAdder();

  BasicDependencyParser() {
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }

  /** Parses every sentence of a tagged document, stopping between sentences when the thread is interrupted. */
  void parse(Annotation document) {
    long start = System.nanoTime();
    try {
      for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        // Interruption is how a document's time limit stops its analysis; CoreNLP's annotators check it the same way.
        if (Thread.interrupted()) {
          throw new RuntimeInterruptedException();
        }
        GrammaticalStructure structure = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null));
      }
    } finally {
      nanos.add(System.nanoTime() - start);
    }
  }

  /** Seconds spent parsing since this parser was loaded, summed over threads. */
  double seconds() {
    return nanos.sum() / 1e9;
  }
}
