package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

class SentenceGraphTest {

  private static final String PROMISE =
      "Xi complained about tariffs and promised the embargo would provoke a response.";

  // The parser's reading of PROMISE: "provoke" the root, "complained" its clausal subject.
  private static final int[][] MISPARSED = {
      {1, 0}, {9, 1}, {3, 2}, {1, 3}, {5, 4}, {1, 5}, {7, 6}, {5, 7}, {9, 8}, {-1, 9}, {11, 10}, {9, 11}, {9, 12}};
  private static final String[] MISPARSED_RELATIONS = {
      "nsubj", "csubj", "case", "obl", "cc", "conj", "det", "obj", "aux", "root", "det", "obj", "punct"};
  private static final String[] TAGS = {
      "NNP", "VBD", "IN", "NNS", "CC", "VBD", "DT", "NN", "MD", "VB", "DT", "NN", "."};

  /** PROMISE after a headline, so that sentence-local and document indices differ. */
  private static Annotated promise() {
    String headline = "Trade war.";
    String text = headline + " " + PROMISE;
    List<Token> tokens = new ArrayList<>();
    tokens.add(new Token(0, 0, 0, 5, "Trade", "NN", "trade", "O", null));
    tokens.add(new Token(1, 0, 6, 9, "war", "NN", "war", "O", null));
    tokens.add(new Token(2, 0, 9, 10, ".", ".", ".", "O", null));
    int offset = headline.length() + 1;
    String[] words = PROMISE.substring(0, PROMISE.length() - 1).split(" ");
    for (int i = 0; i <= words.length; i++) {
      String word = i < words.length ? words[i] : ".";
      int start = i < words.length ? text.indexOf(word + (i + 1 < words.length ? " " : "."), offset)
          : text.length() - 1;
      tokens.add(new Token(3 + i, 1, start, start + word.length(), word, TAGS[i], word.toLowerCase(), "O", null));
      offset = start + word.length();
    }
    Sentence headlineSentence = new Sentence(0, 0, 10, 0, 3, List.of(new Dependency(1, "compound", 0),
        new Dependency(-1, "root", 1), new Dependency(1, "punct", 2)));
    List<Dependency> edges = new ArrayList<>();
    for (int i = 0; i < MISPARSED.length; i++) {
      int governor = MISPARSED[i][0];
      edges.add(new Dependency(governor < 0 ? -1 : 3 + governor, MISPARSED_RELATIONS[i], 3 + MISPARSED[i][1]));
    }
    Sentence promise = new Sentence(1, headline.length() + 1, text.length(), 3, 3 + TAGS.length, edges);
    return new Annotated(text, tokens, List.of(headlineSentence, promise), List.of(), List.of());
  }

  @Test
  void thePromiseBecomesTheMainClauseAndTheThreatItsComplement() {
    Annotated annotated = promise();
    SentenceGraph graph = new SentenceGraph(annotated, annotated.sentences().get(1));

    assertThat(graph.head(1)).isEqualTo(-1);
    assertThat(graph.relation(1)).isEqualTo("root");
    assertThat(graph.head(9)).isEqualTo(5);
    assertThat(graph.relation(9)).isEqualTo("ccomp");
    assertThat(graph.head(7)).isEqualTo(9);
    assertThat(graph.relation(7)).isEqualTo("nsubj");
  }

  @Test
  void theHeadsTheRepairChangedListTheirNewChildrenInTextOrder() {
    Annotated annotated = promise();
    SentenceGraph graph = new SentenceGraph(annotated, annotated.sentences().get(1));

    assertThat(graph.children(9)).containsExactly(7, 8, 11, 12);
    assertThat(graph.children(5)).containsExactly(4, 9);
    assertThat(graph.children(1)).containsExactly(0, 3, 5);
    assertThat(graph.children(3)).containsExactly(2);
  }

  @Test
  void theSharedParseKeepsTheParsersReadingForTheOtherStages() {
    Annotated annotated = promise();
    new SentenceGraph(annotated, annotated.sentences().get(1));

    assertThat(annotated.parse().relation(3 + 1)).isEqualTo("csubj");
    assertThat(annotated.parse().governor(3 + 9)).isEqualTo(-1);
    assertThat(annotated.parse().children(3 + 9)).containsExactly(3 + 1, 3 + 8, 3 + 11, 3 + 12);
  }

  @Test
  void aSentenceWithoutAClausalSubjectReadsTheSharedTreeInSentenceIndices() {
    Annotated annotated = promise();
    SentenceGraph graph = new SentenceGraph(annotated, annotated.sentences().get(0));

    assertThat(graph.head(0)).isEqualTo(1);
    assertThat(graph.relation(1)).isEqualTo("root");
    assertThat(graph.children(1)).containsExactly(0, 2);
    assertThat(graph.subtree(1, java.util.Set.of("punct")).cardinality()).isEqualTo(2);
  }

  @Test
  void anUnparsedSentenceReadsAsLooseRoots() {
    Annotated parsed = promise();
    Sentence bare = new Sentence(0, 0, 10, 0, 3, List.of());
    Annotated annotated = new Annotated(parsed.text(), parsed.tokens().subList(0, 3), List.of(bare), List.of(),
        List.of());
    SentenceGraph graph = new SentenceGraph(annotated, bare);

    assertThat(graph.head(0)).isEqualTo(-1);
    assertThat(graph.relation(0)).isEqualTo("root");
    assertThat(graph.children(1)).isEmpty();
  }
}
