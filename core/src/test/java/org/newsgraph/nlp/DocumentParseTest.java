package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DocumentParseTest {

  // "Mayor Hale resigned. Voters cheered her." with hand-built parses, the second sentence unparsed.
  private static Annotated twoSentences(boolean parseSecond) {
    String text = "Mayor Hale resigned. Voters cheered her.";
    List<Token> tokens = List.of(
        new Token(0, 0, 0, 5, "Mayor", "NNP", "Mayor", "O", null),
        new Token(1, 0, 6, 10, "Hale", "NNP", "Hale", "PERSON", null),
        new Token(2, 0, 11, 19, "resigned", "VBD", "resign", "O", null),
        new Token(3, 0, 19, 20, ".", ".", ".", "O", null),
        new Token(4, 1, 21, 27, "Voters", "NNS", "voter", "O", null),
        new Token(5, 1, 28, 35, "cheered", "VBD", "cheer", "O", null),
        new Token(6, 1, 36, 39, "her", "PRP", "she", "O", null),
        new Token(7, 1, 39, 40, ".", ".", ".", "O", null));
    Sentence first = new Sentence(0, 0, 20, 0, 4, List.of(
        new Dependency(1, "compound", 0), new Dependency(2, "nsubj", 1), new Dependency(-1, "root", 2),
        new Dependency(2, "punct", 3)));
    Sentence second = new Sentence(1, 21, 40, 4, 8, parseSecond ? List.of(
        new Dependency(5, "nsubj", 4), new Dependency(-1, "root", 5), new Dependency(5, "obj", 6),
        new Dependency(5, "punct", 7)) : List.of());
    return new Annotated(text, tokens, List.of(first, second), List.of(), List.of());
  }

  @Test
  void reachesEachSentencesTreeByDocumentTokenIndex() {
    DocumentParse parse = twoSentences(true).parse();

    assertThat(parse.governor(1)).isEqualTo(2);
    assertThat(parse.relation(6)).isEqualTo("obj");
    assertThat(parse.children(5)).containsExactly(4, 6, 7);
    assertThat(parse.child(5, "nsubj")).isEqualTo(4);
  }

  @Test
  void rootsHaveNoGovernor() {
    DocumentParse parse = twoSentences(true).parse();

    assertThat(parse.governor(2)).isEqualTo(-1);
    assertThat(parse.relation(2)).isEqualTo("root");
  }

  @Test
  void anUnparsedSentenceHasNoEdgesButDoesNotFail() {
    DocumentParse parse = twoSentences(false).parse();

    assertThat(parse.governor(4)).isEqualTo(-1);
    assertThat(parse.relation(4)).isEmpty();
    assertThat(parse.children(5)).isEmpty();
    assertThat(parse.child(5, "nsubj")).isEqualTo(-1);
  }

  @Test
  void tokensOutsideTheDocumentHaveNoParse() {
    DocumentParse parse = twoSentences(true).parse();

    assertThat(parse.view(99)).isNull();
    assertThat(parse.governor(-1)).isEqualTo(-1);
    assertThat(parse.size()).isEqualTo(8);
  }

  @Test
  void anAnnotationHasOneParseIndexForEveryReader() {
    Annotated annotated = twoSentences(true);

    assertThat(annotated.parse()).isSameAs(annotated.parse());
    assertThat(annotated.parse().sentence(1)).isSameAs(annotated.parse().view(5));
    assertThat(annotated.parse().of(annotated.sentences().get(1))).isSameAs(annotated.parse().sentence(1));
  }

  @Test
  void threadsReadingOneDocumentShareItsIndexAndViews() throws Exception {
    Annotated annotated = twoSentences(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ParseView>> readers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        readers.add(() -> annotated.parse().sentence(0));
      }
      List<ParseView> seen = new ArrayList<>();
      for (Future<ParseView> view : pool.invokeAll(readers)) {
        seen.add(view.get());
      }

      assertThat(seen).allSatisfy(view -> assertThat(view).isSameAs(annotated.parse().sentence(0)));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aSentenceOfAnotherDocumentIsRefused() {
    Annotated parsed = twoSentences(true);
    Sentence unparsed = twoSentences(false).sentences().get(1);

    assertThatThrownBy(() -> parsed.parse().of(unparsed)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSharedTreeCannotBeChangedByAReader() {
    List<Integer> children = twoSentences(true).parse().children(5);

    assertThatThrownBy(() -> children.add(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
