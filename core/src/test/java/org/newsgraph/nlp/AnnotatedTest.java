package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTest {

  // "Turnout rose." parsed by hand.
  private static Annotated turnoutRose() {
    List<Token> tokens = List.of(
        new Token(0, 0, 0, 7, "Turnout", "NN", "turnout", "O", null),
        new Token(1, 0, 8, 12, "rose", "VBD", "rise", "O", null),
        new Token(2, 0, 12, 13, ".", ".", ".", "O", null));
    Sentence sentence = new Sentence(0, 0, 13, 0, 3, List.of(new Dependency(1, "nsubj", 0),
        new Dependency(-1, "root", 1), new Dependency(1, "punct", 2)));
    return new Annotated("Turnout rose.", tokens, List.of(sentence), List.of(), List.of());
  }

  @Test
  void twoAnnotationsOfTheSameTextAreEqualWhetherOrNotOneWasParsedYet() {
    Annotated walked = turnoutRose();
    walked.parse().sentence(0);

    assertThat(walked).isEqualTo(turnoutRose()).hasSameHashCodeAs(turnoutRose());
  }

  @Test
  void itsJsonHoldsTheFiveComponentsAndNotTheParseIndex() throws Exception {
    // As the evaluation caches read it: a dependency's JSON also says whether it is the root.
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Annotated annotated = turnoutRose();
    annotated.parse().sentence(0);

    String written = json.writeValueAsString(annotated);

    assertThat(json.readTree(written).fieldNames()).toIterable()
        .containsExactly("text", "tokens", "sentences", "names", "timexes");
    assertThat(json.readValue(written, Annotated.class)).isEqualTo(annotated);
  }
}
