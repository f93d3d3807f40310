package org.newsgraph.eval.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {

  private static final String STORY = "The council voted on Tuesday to close the old bridge to trucks.";

  @Test
  void identicalTextsArePerfectWhateverThePunctuationAndSpacing() {
    ShingleMatch m = ShingleMatch.of(STORY, "The council  voted on Tuesday -- to close the old bridge (to trucks)");
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(ShingleMatch.sameTokens(STORY, "the council voted on Tuesday to close the old bridge to trucks"))
        .isFalse(); // case is kept
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    // 12 tokens make 9 true shingles; the appended words add 3: tp 9, fp 3
    ShingleMatch m = ShingleMatch.of(STORY, STORY + " Sign up now");
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.precision()).isCloseTo(9 / 12.0, within(1e-9));
    assertThat(m.tp() + m.fp() + m.fn()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aShingleRepeatedCountsOncePerOccurrence() {
    String once = "Rain is expected all day in the capital";
    ShingleMatch m = ShingleMatch.of(once, once + " " + once);
    // 8 tokens, 5 shingles; the doubled text has 13: each true one twice, plus 3 across the join
    assertThat(m.precision()).isCloseTo(5 / 13.0, within(1e-9));
    assertThat(m.recall()).isEqualTo(1.0);
  }

  @Test
  void aTextShorterThanAShingleIsOneShortShingle() {
    assertThat(ShingleMatch.shingles("Fire out")).containsOnlyKeys(List.of("Fire", "out"));
    assertThat(ShingleMatch.of("Fire out", "Fire out").precision()).isEqualTo(1.0);
  }

  @Test
  void anEmptyExtractionHasNoPrecisionAndZeroRecall() {
    ShingleMatch m = ShingleMatch.of(STORY, "");
    assertThat(m.extractedAny()).isFalse();
    assertThat(m.truthAny()).isTrue();
    assertThat(m.recall()).isZero();
  }

  @Test
  void combiningMarksSplitWordsAsPythonsWordClassDoes() {
    // U+0301 is a combining mark: not a word character for the benchmark's regex
    assertThat(ShingleMatch.tokens("cafe\u0301 au lait")).containsExactly("cafe", "au", "lait");
    assertThat(ShingleMatch.tokens("snake_case 42 Zürich")).containsExactly("snake_case", "42", "Zürich");
  }

  @Test
  void macroScoreLeavesEmptyExtractionsOutOfPrecisionAndTakesTheHarmonicMeanOfTheMeans() {
    ShingleMatch perfect = ShingleMatch.of(STORY, STORY);
    ShingleMatch empty = ShingleMatch.of(STORY, "");
    MacroScore score = MacroScore.of(List.of(perfect, empty), 1);
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(score.accuracy()).isEqualTo(0.5);
  }
}
