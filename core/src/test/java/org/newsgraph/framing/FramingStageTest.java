package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Framing;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.pipeline.Layers;

class FramingStageTest {

  private static final String[] WORDS = {"allegedly", "“", "”", "so-called", "whined", "said", "false", "claim",
      "bogus", "what", "he", "claimed", "was", "the", "minister", "without", "evidence", ",", ".", "that", "plan",
      "complained", "about", "\"", "falsely", "—", "(", ")", "Kyiv", "2024"};

  @Test
  void producesTheFramingLayerFromQuotesAndTheAnnotation() {
    FramingStage stage = new FramingStage();
    assertThat(stage.produces()).isEqualTo(Layers.FRAMING);
    assertThat(stage.requires()).contains(Layers.ANNOTATED, Layers.QUOTES);
  }

  @Test
  void keepsOffsetsOverTheTextOnRandomWordSalad() {
    Random random = new Random(6);
    FramingStage stage = new FramingStage();
    for (int round = 0; round < 15; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 5 + random.nextInt(30); i++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      Annotated annotated = Texts.annotate(text.toString());
      List<Framing> framing = stage.framing(annotated, List.of(), List.of());
      assertThat(framing).allSatisfy(f -> {
        assertThat(f.start()).isBetween(0, f.end());
        assertThat(annotated.text().substring(f.start(), f.end())).isEqualTo(f.text());
      });
    }
  }
}
