package org.newsgraph.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {

  @Test
  void countsOnlyExactSpanAndTypeAsCorrect() {
    NerScore score = new NerScore();
    score.add(List.of(new LabeledSpan(0, 2, "PER"), new LabeledSpan(5, 6, "LOC")),
        List.of(new LabeledSpan(0, 2, "PER"), new LabeledSpan(5, 6, "ORG"), new LabeledSpan(8, 9, "MISC")));

    assertThat(score.correct(null)).isEqualTo(1);
    assertThat(score.precision(null)).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(score.recall(null)).isCloseTo(50.0, within(1e-9));
    assertThat(score.f1("PER")).isCloseTo(100.0, within(1e-9));
    assertThat(score.f1("LOC")).isZero();
  }

  @Test
  void readsShortModelNames() {
    assertThat(NerModels.parse("conll.4class, all.3class")).containsExactly(
        org.newsgraph.nlp.CoreNlpConfig.CONLL_4CLASS, org.newsgraph.nlp.CoreNlpConfig.ALL_3CLASS);
  }
}
