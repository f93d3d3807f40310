package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.Passage;

class SnippetTest {

  private static final String TEXT = "Port Halden approved the plan.\nDredging the harbor will cost $48 million, the "
      + "port authority said.";

  @Test
  void theMatchedWordsOfThePassageAreTheMarkedPieces() {
    int harbor = TEXT.indexOf("harbor");
    int cost = TEXT.indexOf("cost");
    Passage passage = new Passage(TEXT.indexOf("Dredging"), TEXT.length(), List.of(
        new Passage.Match(harbor, harbor + 6), new Passage.Match(cost, cost + 4)));
    List<Snippet.Piece> pieces = Snippet.of(TEXT, passage);
    assertThat(pieces.stream().filter(Snippet.Piece::hit).map(Snippet.Piece::text)).containsExactly("harbor", "cost");
    assertThat(String.join("", pieces.stream().map(Snippet.Piece::text).toList()))
        .isEqualTo("… Dredging the harbor will cost $48 million, the port authority said.");
  }

  @Test
  void aLongPassageIsCutAtASpaceAfterItsLastMatch() {
    String text = "The board voted. " + "The plan, long debated, ".repeat(30) + "passed.";
    Passage passage = new Passage(17, text.length(), List.of(new Passage.Match(21, 25)));
    String shown = String.join("", Snippet.of(text, passage).stream().map(Snippet.Piece::text).toList());
    assertThat(shown).endsWith(" …").doesNotContain("passed");
    assertThat(shown.length()).isLessThan(360);
  }
}
