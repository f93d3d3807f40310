package org.newsgraph.eval.event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.event.CoderOptions;
import org.newsgraph.event.Coding;
import org.newsgraph.event.DiscardList;
import org.newsgraph.event.EventCoder;
import org.newsgraph.event.EventDictionaries;
import org.newsgraph.event.ParseMode;
import org.newsgraph.event.SentenceCodings;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnnotator;

/**
 * Runs PETRARCH2's unit-test suite through newsgraph: annotates each sentence with the real annotator (the
 * suite's constituency parses are not used), codes it with the suite's own dictionaries, and compares.
 */
public final class PetrarchEvaluation {

  private static final long MIN_TIMING_NANOS = 1_000_000_000L;

  private final TextAnnotator annotator;

  public PetrarchEvaluation(TextAnnotator annotator) {
    this.annotator = annotator;
  }

  public PetrarchReport evaluate(Path records) throws IOException {
    PetrarchSuite suite = PetrarchSuite.read(records);
    List<Annotated> annotations = annotate(suite);
    return score(suite, annotations);
  }

  /** Annotates each sentence of the suite, anchored on its date. */
  public List<Annotated> annotate(PetrarchSuite suite) {
    List<Annotated> annotations = new ArrayList<>();
    for (PetrarchCase c : suite.cases()) {
      annotations.add(annotator.annotate(c.text(), c.date()));
    }
    return annotations;
  }

  /** Codes already annotated sentences and compares; separate from annotation so the coder is timed alone. */
  public static PetrarchReport score(PetrarchSuite suite, List<Annotated> annotations) {
    List<String> warnings = new ArrayList<>();
    EventDictionaries dictionaries = EventDictionaries.load(suite.verbs(), List.of(suite.actors()), suite.agents(),
        suite.discards(), ParseMode.LENIENT, warnings::add);
    EventCoder coder = new EventCoder(dictionaries);
    List<CaseResult> results = new ArrayList<>();
    for (int i = 0; i < suite.cases().size(); i++) {
      results.add(code(coder, suite.cases().get(i), annotations.get(i)));
    }
    return new PetrarchReport(results, speed(coder, suite, annotations), warnings.size());
  }

  private static CaseResult code(EventCoder coder, PetrarchCase c, Annotated annotated) {
    List<Coding> codings = new ArrayList<>();
    Optional<DiscardList.Hit> discard = Optional.empty();
    CoderOptions options = new CoderOptions(c.requireDyad());
    for (Sentence sentence : annotated.sentences()) {
      SentenceCodings result = coder.code(annotated, sentence, c.date(), options);
      codings.addAll(result.codings());
      if (discard.isEmpty()) {
        discard = result.discard();
      }
    }
    return new CaseResult(c, codings.stream().distinct().toList(), discard);
  }

  /** Sentences per second over repeated passes of at least a second, the first pass excluded as warm-up. */
  private static double speed(EventCoder coder, PetrarchSuite suite, List<Annotated> annotations) {
    long sentences = 0;
    long elapsed = 0;
    for (int pass = 0; elapsed < MIN_TIMING_NANOS || pass < 3; pass++) {
      long start = System.nanoTime();
      int count = 0;
      for (int i = 0; i < annotations.size(); i++) {
        CoderOptions options = new CoderOptions(suite.cases().get(i).requireDyad());
        for (Sentence sentence : annotations.get(i).sentences()) {
          coder.code(annotations.get(i), sentence, suite.cases().get(i).date(), options);
          count++;
        }
      }
      if (pass > 0) {
        elapsed += System.nanoTime() - start;
        sentences += count;
      }
    }
    return sentences / (elapsed / 1e9);
  }
}
