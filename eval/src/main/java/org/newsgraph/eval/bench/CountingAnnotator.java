package org.newsgraph.eval.bench;

import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;

/** Passes annotation through and counts the tokens, so throughput can be given in tokens per second. */
final class CountingAnnotator implements TextAnnotator {

  private final TextAnnotator delegate;
  private final LongAdder tokens = new LongAdder();

  CountingAnnotator(TextAnnotator delegate) {
    this.delegate = delegate;
  }

  @Override
  public Annotated annotate(String text, LocalDate anchor) {
    Annotated annotated = delegate.annotate(text, anchor);
    tokens.add(annotated.tokens().size());
    return annotated;
  }

  long takeTokens() {
    return tokens.sumThenReset();
  }
}
