package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HighlighterTest {

  private static final String TEXT = "\"We will not back down,\" said Mayor Ann Lee on Monday.";

  @Test
  void aNameInsideAQuoteSplitsTheQuoteIntoRunsThatKeepBothHighlights() {
    int name = TEXT.indexOf("Mayor Ann Lee");
    int end = TEXT.length() - 1;
    List<Run> runs = Highlighter.runs(TEXT, List.of(new Mark(0, end, "quote", "q-0"),
        new Mark(name, name + 13, "entity", "e-0")));
    assertThat(runs).extracting(Run::text).containsExactly(TEXT.substring(0, name), "Mayor Ann Lee",
        TEXT.substring(name + 13, end), ".");
    assertThat(runs.get(1).kinds()).containsExactly("quote", "entity");
    assertThat(runs.get(0).anchors()).containsExactly("q-0");
    assertThat(runs.get(1).anchors()).containsExactly("e-0");
    assertThat(runs.get(3).plain()).isTrue();
  }

  @Test
  void twoFactsStartingAtTheSameWordBothGetTheirAnchor() {
    List<Run> runs = Highlighter.runs(TEXT, List.of(new Mark(30, 43, "entity", "e-0"),
        new Mark(30, 35, "speaker", "q-0")));
    assertThat(runs.stream().flatMap(run -> run.anchors().stream())).containsExactlyInAnyOrder("e-0", "q-0");
  }

  @Test
  void marksOutsideTheTextAreClippedAndTheRunsAlwaysSpellTheText() {
    Random random = new Random(17);
    for (int round = 0; round < 200; round++) {
      List<Mark> marks = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int start = random.nextInt(80) - 10;
        marks.add(new Mark(start, start + random.nextInt(30) - 5, "entity", "e-" + i));
      }
      List<Run> runs = Highlighter.runs(TEXT, marks);
      assertThat(String.join("", runs.stream().map(Run::text).toList())).isEqualTo(TEXT);
      for (Run run : runs) {
        assertThat(TEXT.substring(run.start(), run.start() + run.text().length())).isEqualTo(run.text());
      }
    }
  }
}
