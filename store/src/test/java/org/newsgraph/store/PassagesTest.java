package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Passage;

class PassagesTest {

  private static final String TEXT = "The council met on Monday. Dredging the harbor will cost $48 million, the port "
      + "authority said. Fishermen welcomed the plan. Harbors elsewhere wait.";

  static ExampleStore store;

  @BeforeAll
  static void build() throws IOException {
    store = new ExampleStore();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<Passage> passages(String words) throws IOException {
    return store.reader().passages(new ArticleQuery(words, null, null, null, null, null, null), TEXT, 1);
  }

  private static List<String> marked(Passage passage) {
    return passage.matches().stream().map(m -> TEXT.substring(m.start(), m.end())).toList();
  }

  @Test
  void thePassageIsTheSentenceWithTheSearchedWordsMarkedAtTheirOffsets() throws IOException {
    List<Passage> found = passages("harbor cost");
    assertThat(found).hasSize(1);
    Passage passage = found.get(0);
    assertThat(TEXT.substring(passage.start(), passage.end())).startsWith("Dredging the harbor will cost");
    assertThat(marked(passage)).containsExactly("harbor", "cost");
  }

  @Test
  void aPhraseIsMarkedAsOneMatchAndOnlyWhereItStandsWhole() throws IOException {
    Passage passage = passages("\"port authority\"").get(0);
    assertThat(marked(passage)).containsExactly("port authority");
  }

  @Test
  void wordsAreMatchedAsTheIndexAnalyzedThemCaseAside() throws IOException {
    assertThat(marked(passages("FISHERMEN").get(0))).containsExactly("Fishermen");
  }

  @Test
  void withoutWordsForTheTextThePassageIsItsFirstSentenceUnmarked() throws IOException {
    List<Passage> found = store.reader().passages(new ArticleQuery(null, null, "Example Wire", null, null, null,
        null), TEXT, 1);
    assertThat(found).hasSize(1);
    assertThat(TEXT.substring(found.get(0).start(), found.get(0).end())).startsWith("The council met on Monday.");
    assertThat(found.get(0).matches()).isEmpty();
  }
}
