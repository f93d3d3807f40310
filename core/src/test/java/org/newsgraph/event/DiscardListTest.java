package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscardListTest {

  private final DiscardList discards = DiscardList.read("test.discards",
      new StringReader("CUP FINAL\n+TRANSFER WINDOW  # football\n"), ParseMode.STRICT, w -> {});

  @Test
  void plainPhraseDiscardsTheSentence() {
    assertThat(discards.find(List.of("THE", "CUP", "FINAL", "ENDED")))
        .hasValueSatisfying(hit -> assertThat(hit.scope()).isEqualTo(DiscardList.Scope.SENTENCE));
  }

  @Test
  void plusPhraseDiscardsTheStory() {
    assertThat(discards.find(List.of("BEFORE", "THE", "TRANSFER", "WINDOW")))
        .hasValueSatisfying(hit -> assertThat(hit.scope()).isEqualTo(DiscardList.Scope.STORY));
  }

  @Test
  void wordsApartDoNotMatch() {
    assertThat(discards.find(List.of("CUP", "AND", "FINAL"))).isEmpty();
  }

  @Test
  void withoutDropsTheSelectedPhrasesAndKeepsTheOthers() {
    DiscardList kept = discards.without(phrase -> phrase.startsWith("CUP"));

    assertThat(kept.size()).isEqualTo(1);
    assertThat(kept.find(List.of("THE", "CUP", "FINAL"))).isEmpty();
    assertThat(kept.find(List.of("TRANSFER", "WINDOW"))).isPresent();
  }

  @Test
  void timeReferencesAreNotDiscardPhrasesForNews() {
    assertThat(EventModel.isTimeReference("1983")).isTrue();
    assertThat(EventModel.isTimeReference("YEARS AGO")).isTrue();
    assertThat(EventModel.isTimeReference("2014 COMPETITION")).isFalse();
    assertThat(EventModel.isTimeReference("APRIL 1942")).isFalse();
  }
}
