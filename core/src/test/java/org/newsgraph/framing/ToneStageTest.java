package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.framing.Texts.annotate;
import static org.newsgraph.framing.Texts.quote;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Tone;
import org.newsgraph.pipeline.Layers;

class ToneStageTest {

  @Test
  void producesTheToneLayerFromAnnotationAndQuotes() {
    ToneStage stage = new ToneStage();
    assertThat(stage.produces()).isEqualTo(Layers.TONE);
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layers.ANNOTATED, Layers.QUOTES);
  }

  @Test
  void scoresEachQuoteOnItsOwnWords() {
    String text = "The council met on Monday. “This is a terrible, shameful failure,” the mayor said.";
    Tone tone = new ToneStage().tone(annotate(text),
        List.of(quote("q1", text, "“This is a terrible, shameful failure,”", "said")));
    assertThat(tone.quotes()).containsOnlyKeys("q1");
    Tone quoted = tone.quotes().get("q1");
    assertThat(quoted.words()).isEqualTo(6);
    assertThat(quoted.score()).isLessThan(tone.score()).isNegative();
  }
}
