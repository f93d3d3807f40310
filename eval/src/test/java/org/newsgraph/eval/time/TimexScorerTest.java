package org.newsgraph.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;

class TimexScorerTest {

  private final TimexScorer scorer = new TimexScorer();

  private static TimeExpression time(int start, int end, TimeType type, String value) {
    return new TimeExpression("x".repeat(end - start), start, end, type, value);
  }

  @Test
  void countsExactSpanAsStrictAndRelaxedMatch() {
    TimexScore score = scorer.score(List.of(time(0, 6, TimeType.DATE, "2022-05-16")),
        List.of(time(0, 6, TimeType.DATE, "2022-05-16")));
    assertThat(score).isEqualTo(new TimexScore(1, 1, 1, 1, 1, 1));
  }

  @Test
  void countsOverlappingSpanAsRelaxedMatchOnly() {
    TimexScore score = scorer.score(List.of(time(10, 19, TimeType.DATE, "2022-W19")),
        List.of(time(15, 19, TimeType.DURATION, "P1W")));
    assertThat(score).isEqualTo(new TimexScore(1, 1, 0, 1, 0, 0));
  }

  @Test
  void matchesEachExtractedExpressionOnce() {
    TimexScore score = scorer.score(
        List.of(time(0, 5, TimeType.DATE, "2022"), time(6, 10, TimeType.DATE, "2022-05")),
        List.of(time(0, 10, TimeType.DATE, "2022-05")));
    assertThat(score.relaxed()).isEqualTo(1);
    assertThat(score.relaxedRecall()).isEqualTo(0.5);
  }

  @Test
  void computesValueF1AsValueAccuracyTimesRelaxedF1() {
    TimexScore score = new TimexScore(10, 8, 5, 7, 4, 6);
    assertThat(score.valueF1()).isCloseTo(score.valueAccuracy() * score.relaxedF1(), within(1e-9));
  }

  @Test
  void scoresNothingExtractedAsZeroWithoutDividingByZero() {
    TimexScore score = scorer.score(List.of(time(0, 4, TimeType.DATE, "1998")), List.of());
    assertThat(score.relaxedF1()).isZero();
    assertThat(score.valueAccuracy()).isZero();
  }
}
