package org.newsgraph.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Token;

class CachingAnnotatorTest {

  /** Annotates every text as one token and counts how often it is asked to. */
  private static TextAnnotator counting(AtomicInteger calls) {
    return (text, anchor) -> {
      calls.incrementAndGet();
      return new Annotated(text, List.of(new Token(0, 0, 0, text.length(), text, "NN", text, "O", null)),
          List.of(new Sentence(0, 0, text.length(), 0, 1, List.of())), List.of(), List.of());
    };
  }

  @Test
  void readsASecondAnnotationOfTheSameTextFromTheDirectory(@TempDir Path cache) {
    AtomicInteger calls = new AtomicInteger();

    Annotated first = new CachingAnnotator(cache, () -> counting(calls)).annotate("Turnout rose.", null);
    Annotated second = new CachingAnnotator(cache, () -> counting(calls)).annotate("Turnout rose.", null);

    assertThat(calls).hasValue(1);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void annotatesADifferentTextAgain(@TempDir Path cache) {
    AtomicInteger calls = new AtomicInteger();
    CachingAnnotator annotator = new CachingAnnotator(cache, () -> counting(calls));

    annotator.annotate("Turnout rose.", null);
    annotator.annotate("Turnout fell.", null);

    assertThat(calls).hasValue(2);
  }
}
