package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueClassifierTest {

  /** A tiny training set: "say" with a clause is a cue, "build" with an object is not, "claim" goes both ways. */
  private static CueClassifier trained() {
    List<List<String>> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      features.add(List.of("bias", "lemma=say", "child=ccomp", "subject=name"));
      labels.add(true);
      features.add(List.of("bias", "lemma=build", "child=obj", "subject=noun"));
      labels.add(false);
      features.add(List.of("bias", "lemma=claim", "child=ccomp", "subject=pronoun"));
      labels.add(true);
      features.add(List.of("bias", "lemma=claim", "child=obj", "subject=noun"));
      labels.add(false);
    }
    return CueClassifier.train(features, labels, 1.0);
  }

  @Test
  void learnsWhichContextsMakeAWordACue() {
    CueClassifier model = trained();

    assertThat(model.probability(List.of("bias", "lemma=say", "child=ccomp", "subject=name"))).isGreaterThan(0.8);
    assertThat(model.probability(List.of("bias", "lemma=build", "child=obj", "subject=noun"))).isLessThan(0.2);
  }

  @Test
  void decidesAnAmbiguousWordByItsContext() {
    CueClassifier model = trained();

    double withClause = model.probability(List.of("bias", "lemma=claim", "child=ccomp", "subject=pronoun"));
    double withObject = model.probability(List.of("bias", "lemma=claim", "child=obj", "subject=noun"));

    assertThat(withClause).isGreaterThan(0.5);
    assertThat(withObject).isLessThan(0.5);
  }

  @Test
  void readsBackTheTableItWritesWithTheSameDecisions() throws Exception {
    CueClassifier model = trained();
    String table = "# a comment\n" + String.join("\n", model.lines()) + "\n";

    CueClassifier read = CueClassifier.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));

    List<String> word = List.of("bias", "lemma=claim", "child=ccomp", "subject=pronoun");
    assertThat(read.probability(word)).isCloseTo(model.probability(word), org.assertj.core.data.Offset.offset(1e-3));
    assertThat(read.lines()).isEqualTo(model.lines());
  }

  @Test
  void givesEvenOddsToFeaturesItNeverSaw() throws Exception {
    CueClassifier model = CueClassifier.read(
        new ByteArrayInputStream("lemma=say\t2.5\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(model.probability(List.of("lemma=unheard"))).isEqualTo(0.5);
  }

  @Test
  void refusesToTrainWhenFeaturesAndLabelsDifferInNumber() {
    assertThatThrownBy(() -> CueClassifier.train(List.of(List.of("bias")), List.of(), 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in size");
  }

  @Test
  void loadsTheCommittedModel() {
    CueClassifier model = CueClassifier.load();

    assertThat(model.lines()).isNotEmpty();
  }
}
