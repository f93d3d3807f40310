package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.framing.Texts.annotate;
import static org.newsgraph.framing.Texts.person;
import static org.newsgraph.framing.Texts.quote;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;

class LoadedCuesTest {

  private final FramingStage stage = new FramingStage();

  @Test
  void marksABelittlingCueOfAQuoteNegative() {
    String text = "The mayor whined that the county had cut his budget again.";
    List<Framing> framing = stage.framing(annotate(text),
        List.of(quote("q1", text, "that the county had cut his budget again", "whined")), List.of());
    assertThat(framing).extracting(Framing::kind, Framing::text, Framing::appliesTo, Framing::connotation)
        .containsExactly(tuple(FramingKind.LOADED_CUE, "whined", "q1", "negative"));
  }

  @Test
  void marksAnAuthoritativeCuePositive() {
    String text = "The economist explained that prices would rise through the summer.";
    List<Framing> framing = stage.framing(annotate(text),
        List.of(quote("q1", text, "that prices would rise through the summer", "explained")), List.of());
    assertThat(framing).extracting(Framing::text, Framing::connotation).containsExactly(tuple("explained", "positive"));
  }

  @Test
  void leavesANeutralCueUnmarked() {
    String text = "The mayor said that the county had cut his budget again.";
    List<Framing> framing = stage.framing(annotate(text),
        List.of(quote("q1", text, "that the county had cut his budget again", "said")), List.of());
    assertThat(framing).isEmpty();
  }

  @Test
  void appliesALoadedVerbWithoutAQuoteToItsSpeaker() {
    String text = "Senator Dana Whitfield grumbled about the new harbor fees on Tuesday.";
    List<Framing> framing = stage.framing(annotate(text), List.of(),
        List.of(person("e1", text, "Dana Whitfield")));
    assertThat(framing).extracting(Framing::kind, Framing::text, Framing::appliesTo, Framing::connotation)
        .containsExactly(tuple(FramingKind.LOADED_CUE, "grumbled", "e1", "negative"));
  }

  @Test
  void takesNoAmbiguousVerbForACueWithoutAClause() {
    String text = "The flood claimed three lives in the valley last spring.";
    assertThat(stage.framing(annotate(text), List.of(), List.of())).isEmpty();
  }
}
