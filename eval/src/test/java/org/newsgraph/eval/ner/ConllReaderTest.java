package org.newsgraph.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  private static final List<String> FILE = List.of(
      "-DOCSTART- -X- -X- O",
      "",
      "Mayor NNP B-NP O",
      "Ada NNP I-NP B-PER",
      "Lind NNP I-NP I-PER",
      "visited VBD B-VP O",
      "Oslo NNP B-NP B-LOC",
      ". . O O",
      "",
      "Acme NNP B-NP B-ORG",
      "Corp NNP I-NP I-ORG",
      "agreed VBD B-VP O",
      "",
      "-DOCSTART- -X- -X- O",
      "",
      "Kenyan JJ B-NP I-MISC",
      "Kenyan JJ I-NP B-MISC",
      "runners NNS I-NP O");

  @Test
  void splitsDocumentsAtDocstartAndJoinsSentencesWithABlankLine() {
    List<ConllDocument> documents = ConllReader.parse(FILE);

    assertThat(documents).hasSize(2);
    assertThat(documents.get(0).text()).isEqualTo("Mayor Ada Lind visited Oslo .\n\nAcme Corp agreed");
  }

  @Test
  void readsIob2Chunks() {
    assertThat(ConllReader.parse(FILE).get(0).goldSpans()).containsExactly(
        new LabeledSpan(1, 3, "PER"), new LabeledSpan(4, 5, "LOC"), new LabeledSpan(6, 8, "ORG"));
  }

  @Test
  void readsIob1ChunksWhereBSeparatesNeighbours() {
    assertThat(ConllReader.parse(FILE).get(1).goldSpans()).containsExactly(
        new LabeledSpan(0, 1, "MISC"), new LabeledSpan(1, 2, "MISC"));
  }

  @Test
  void mapsCharacterSpansOntoTheTokensTheyTouch() {
    ConllDocument document = ConllReader.parse(FILE).get(0);

    assertThat(document.tokensOf(6, 14)).containsExactly(1, 3);
    assertThat(document.tokensOf(7, 10)).containsExactly(1, 2);
  }
}
