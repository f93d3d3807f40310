package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.framing.Texts.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;

class MarksTest {

  private static List<String> stretches(String text) {
    Annotated annotated = annotate(text);
    return Marks.of(annotated).stretches().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void findsStretchesInCurlyStraightAndSingleMarks() {
    assertThat(stretches("Fans chanted “olé” and \"encore\" while critics wrote ‘flop’ on the posters."))
        .containsExactly("“olé”", "\"encore\"", "‘flop’");
  }

  @Test
  void takesNoApostropheForAMark() {
    assertThat(stretches("The farmers’ camp stood near the workers’ union hall.")).isEmpty();
  }

  @Test
  void keepsNestedMarksInsideTheOuterStretch() {
    assertThat(stretches("The memo said “the ‘temporary’ rules stay” until June."))
        .containsExactly("“the ‘temporary’ rules stay”");
  }

  @Test
  void pairsNoMarkAcrossAParagraph() {
    assertThat(stretches("The letter began \"Dear friends,\n\nWe met on “Monday” at noon.")).containsExactly("“Monday”");
  }
}
