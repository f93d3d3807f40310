package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMeasureTest {

  private static WorkLimits tokens(int max) {
    return new WorkLimits(max, 1_000, 1_000, true);
  }

  @Test
  void aTextWithinTheLimitsHasNoOverrun() {
    assertThat(TextMeasure.overrun("The council met on Monday.", tokens(6))).isNull();
  }

  @Test
  void wordsAndPunctuationMarksAreTokens() {
    assertThat(TextMeasure.overrun("The council met on Monday.", tokens(5)).limit()).isEqualTo("max-tokens");
  }

  @Test
  void theClosingQuotesOfASentenceCountTowardItSoACutNeverKeepsMoreThanTheLimit() {
    // Found by WorkLimitsFuzzTest: closing quotes were counted in the next sentence but kept before the cut.
    String text = "Officials agreed. \u201cWe agree.\u201d\u201d The mayor spoke on Monday.";
    TextMeasure.Overrun over = TextMeasure.overrun(text, tokens(7));

    String kept = text.substring(0, over.cut());
    assertThat(kept).isEqualTo("Officials agreed.");
    assertThat(TextMeasure.overrun(kept, tokens(7))).isNull();
  }

  @Test
  void aBlankLineEndsASentence() {
    WorkLimits sentences = new WorkLimits(1_000, 3, 1_000, true);

    assertThat(TextMeasure.overrun("Council Votes\n\nBudget passes", sentences)).isNull();
    assertThat(TextMeasure.overrun("Council Votes\nBudget passes", sentences).limit())
        .isEqualTo("max-sentence-tokens");
  }
}
