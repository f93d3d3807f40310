package org.newsgraph.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearScoringTest {

  @Test
  void readsMultiLineRecordsAndDiscontinuousSpans() {
    String standOff = String.join("\n",
        "T1\tSource 40 43\tshe",
        "T2\tCue 44 48\tsaid",
        "T3\tContent 0 20;50 70\tfirst half",
        "still the first half | second half",
        "T4\tAttribution 44 48\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "");
    List<Relation> relations = PolnearCorpus.relations(standOff);
    assertThat(relations).hasSize(1);
    assertThat(relations.get(0).content().ranges()).hasSize(2);
    assertThat(relations.get(0).content().ranges().get(1)).containsExactly(50, 70);
    assertThat(relations.get(0).source().ranges().get(0)).containsExactly(40, 43);
  }

  @Test
  void relationWithoutSourceHasAnEmptySource() {
    List<Relation> relations = PolnearCorpus.relations(
        "T1\tCue 5 9\tsaid\nT2\tContent 10 20\tx\nE1\tAttribution-no-source:T1 Cue:T1 Content:T2\n");
    assertThat(relations.get(0).source().isEmpty()).isTrue();
  }

  @Test
  void discontinuousSpansMatchExactlyOnlyAsTheSameSetOfRanges() {
    Span gold = new Span(List.of(new int[] {0, 20}, new int[] {50, 70}));
    assertThat(new Span(List.of(new int[] {0, 20}, new int[] {50, 70})).sameAs(gold)).isTrue();
    assertThat(Span.of(0, 70).sameAs(gold)).isFalse();
    assertThat(Span.of(0, 70).overlap(gold)).isEqualTo(40);
  }

  @Test
  void pairsPredictionsWithGoldByLargestContentOverlapOneToOne() {
    List<Relation> gold = List.of(
        new Relation(Span.of(0, 3), Span.of(4, 8), Span.of(10, 50)),
        new Relation(Span.of(60, 63), Span.of(64, 68), Span.of(70, 90)));
    List<Relation> predicted = List.of(
        new Relation(Span.of(0, 3), Span.of(4, 8), Span.of(10, 30)),
        new Relation(Span.of(0, 3), Span.of(4, 8), Span.of(12, 52)),
        new Relation(Span.empty(), Span.of(100, 104), Span.of(95, 99)));
    assertThat(QuoteEvaluation.pair(gold, predicted)).containsExactly(-1, 0, -1);
  }

  @Test
  void nestedAttributionIsLeftOutAsPolnearIsUnivocal() {
    Relation outer = new Relation(Span.of(0, 5), Span.of(6, 10), Span.of(11, 60));
    Relation inner = new Relation(Span.of(20, 25), Span.of(26, 30), Span.of(31, 60));
    assertThat(QuoteEvaluation.univocal(List.of(outer, inner))).containsExactly(outer);
  }

  @Test
  void scoresCountUnpairedPredictionsAgainstPrecision() {
    RoleScore score = new RoleScore(8, 10, 16);
    assertThat(score.precision()).isEqualTo(80.0);
    assertThat(score.recall()).isEqualTo(50.0);
    assertThat(score.f1()).isCloseTo(61.5, org.assertj.core.data.Offset.offset(0.1));
  }
}
