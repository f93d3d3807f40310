package org.newsgraph.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

class CueTrainerTest {

  @Test
  void takesTheLastVerbOfAGoldCueAsItsHead() {
    // "She has also said so": the gold cue is "has also said".
    List<Token> tokens = List.of(
        new Token(0, 0, 0, 3, "She", "PRP", "she", "O", null),
        new Token(1, 0, 4, 7, "has", "VBZ", "have", "O", null),
        new Token(2, 0, 8, 12, "also", "RB", "also", "O", null),
        new Token(3, 0, 13, 17, "said", "VBN", "say", "O", null),
        new Token(4, 0, 18, 20, "so", "RB", "so", "O", null));
    Relation relation = new Relation(Span.of(0, 3), Span.of(4, 17), Span.of(18, 20));

    assertThat(CueTrainer.cueHeads(tokens, List.of(relation))).containsExactly(3);
  }

  @Test
  void keepsOnlyFeaturesSeenOftenEnough() {
    List<List<String>> examples = List.of(
        List.of("bias", "lemma=say"), List.of("bias", "lemma=say"), List.of("bias", "lemma=whisper"));

    List<List<String>> kept = CueTrainer.withoutRareFeatures(examples, 2);

    assertThat(kept).containsExactly(List.of("bias", "lemma=say"), List.of("bias", "lemma=say"), List.of("bias"));
  }
}
