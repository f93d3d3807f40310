package org.newsgraph.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhoenixActorsTest {

  private static final KnowledgeBase KB = SharedKnowledgeBase.get();

  @Test
  void aPersonHasEveryDatedRoleOfTheDictionaryLine() {
    // ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]: both codes, though they share one line.
    KbActor veneman = KB.actors("Ann Veneman").get(0);

    assertThat(veneman.person()).isTrue();
    assertThat(veneman.roleAt(LocalDate.of(2003, 6, 1)).orElseThrow().code()).isEqualTo("USAGOV");
    assertThat(veneman.roleAt(LocalDate.of(2007, 6, 1)).orElseThrow().code()).isEqualTo("IGOUNOKID");
  }

  @Test
  void countryRecordsAreLeftToTheCountryTable() {
    assertThat(PhoenixActors.rows(KB.actorDictionaries())).noneMatch(row -> row.contains("\tRUS@"))
        .anyMatch(row -> row.startsWith("P\tVladimir Putin\t"));
  }
}
