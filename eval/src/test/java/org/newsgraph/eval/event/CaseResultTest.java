package org.newsgraph.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.event.Coding;
import org.newsgraph.event.DiscardList;

class CaseResultTest {

  private static PetrarchCase testCase(ExpectedCoding... expected) {
    return new PetrarchCase("X-01", "DEMO", LocalDate.of(2024, 1, 1), "Text.", List.of(expected), true);
  }

  private static Coding coding(String source, String target, String cameo) {
    return new Coding(source, target, cameo, 0, 4, false);
  }

  @Test
  void expectedCodingPassesWhenProducedAndExtrasAreCounted() {
    CaseResult result = new CaseResult(testCase(ExpectedCoding.coding("NRL", "STH", "112")),
        List.of(coding("NRL", "STH", "112"), coding("STH", "NRL", "112")), Optional.empty());

    assertThat(result.passedCount()).isEqualTo(1);
    assertThat(result.extras()).containsExactly(coding("STH", "NRL", "112"));
    assertThat(result.exact()).isFalse();
  }

  @Test
  void noEventsPassesOnlyWhenNothingIsCoded() {
    ExpectedCoding none = new ExpectedCoding(null, null, null, true, null);

    assertThat(new CaseResult(testCase(none), List.of(), Optional.empty()).passedCount()).isEqualTo(1);
    assertThat(new CaseResult(testCase(none), List.of(coding("A", "B", "010")), Optional.empty()).passedCount())
        .isZero();
  }

  @Test
  void discardExpectationPassesOnADiscardOfTheSameScope() {
    ExpectedCoding story = new ExpectedCoding(null, null, null, false, "storydiscard");
    Optional<DiscardList.Hit> hit = Optional.of(new DiscardList.Hit("TYPHOON", DiscardList.Scope.STORY));

    assertThat(new CaseResult(testCase(story), List.of(), hit).exact()).isTrue();
  }

  @Test
  void parserErrorsAreNeverProducedSoTheyFail() {
    ExpectedCoding parse = new ExpectedCoding(null, null, null, false, "bad_input_parse");

    assertThat(new CaseResult(testCase(parse), List.of(), Optional.empty()).passedCount()).isZero();
  }
}
