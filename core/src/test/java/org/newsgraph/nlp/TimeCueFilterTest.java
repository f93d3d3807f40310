package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeCueFilterTest {

  private final TimeCueFilter filter = TimeCueFilter.standard();

  @Test
  void aSentenceWithADigitMayHoldATime() {
    assertThat(filter.mayHoldTime("The vote was set for the 14th.")).isTrue();
  }

  @Test
  void aMonthNameMayHoldATime() {
    assertThat(filter.mayHoldTime("The mayor took office in March.")).isTrue();
  }

  @Test
  void aPluralUnitMayHoldATime() {
    assertThat(filter.mayHoldTime("Talks dragged on for decades.")).isTrue();
  }

  @Test
  void aUnitInsideAHyphenatedWordMayHoldATime() {
    assertThat(filter.mayHoldTime("The year-end figures disappointed investors.")).isTrue();
  }

  @Test
  void aRelativeWordMayHoldATime() {
    assertThat(filter.mayHoldTime("The senator is currently abroad.")).isTrue();
  }

  @Test
  void aClockAbbreviationWithPeriodsMayHoldATime() {
    assertThat(filter.mayHoldTime("Polls close at eight p.m. sharp.")).isTrue();
  }

  @Test
  void aCurrencySignCountsSoTheNumericTagsStayAsTheyWere() {
    assertThat(filter.mayHoldTime("Tickets cost $ a head.")).isTrue();
  }

  @Test
  void anOrdinalWordCountsSoTheNumericTagsStayAsTheyWere() {
    assertThat(filter.mayHoldTime("She finished fifth in the primary.")).isTrue();
  }

  @Test
  void aSentenceWithoutDigitsOrCueWordsHoldsNoTime() {
    assertThat(filter.mayHoldTime("The governor denied the charges, her spokesman said.")).isFalse();
  }

  @Test
  void aCueWordMustBeAWholeWord() {
    assertThat(filter.mayHoldTime("Maybe the Mayor's dayroom will do.")).isFalse();
  }
}
