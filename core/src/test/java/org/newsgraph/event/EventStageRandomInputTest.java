package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;

/** Random word sequences through the whole pipeline: the event stage never throws and its spans stay in range. */
class EventStageRandomInputTest {

  private static final List<String> WORDS = List.of("Russia", "attacked", "Ukraine", "said", "would", "not",
      "meet", "in", "Berlin", "on", "Monday", "the", "government", "if", "will", "promised", "a", "response",
      "accused", "officials", "of", "and", ",", ".", "must", "sign", "agreement", "he", "they", "with", "NATO",
      "criticized", "“", "”", "-", "Kuleba", "Blinken", "that");

  @Test
  void randomSentencesNeverThrowAndEvidenceStaysInTheText() throws Exception {
    Pipeline pipeline = StandardPipeline.build(TestAnnotator.get());
    Random random = new Random(11);
    for (int n = 0; n < 25; n++) {
      StringBuilder text = new StringBuilder();
      int length = 3 + random.nextInt(25);
      for (int k = 0; k < length; k++) {
        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
      }
      Analysis analysis = pipeline.analyze(RawDocument.text("random.txt", text.toString()));
      for (Event event : analysis.events()) {
        assertThat(event.evidence().start()).isBetween(0, event.evidence().end());
        assertThat(event.evidence().end()).isLessThanOrEqualTo(analysis.article().text().length());
        assertThat(event.type()).isNotBlank();
        assertThat(event.actor()).isNotNull();
      }
    }
  }
}
