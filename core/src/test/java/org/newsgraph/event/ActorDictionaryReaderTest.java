package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryReaderTest {

  private static final String DICTIONARY = """
      NORLAND_  [NRL]
      +NORLANDIC
      +THE_NORTHERN_REPUBLIC

      JOHAN_VESTBY_  # a fictional leader
      \t[NRLELI <120101]
      \t[NRLGOV 20120101-20160630]
      \t[NRLOPP >160701]

      TWIN_CITIES [NRL/STH]
      """;

  private final List<String> warnings = new ArrayList<>();

  private ActorDictionary read(String text, ParseMode mode) {
    return ActorDictionary.of(new ActorDictionaryReader(mode, warnings::add).read("test.actors",
        new StringReader(text)));
  }

  private List<String> codesOf(ActorDictionary dictionary, String phrase, LocalDate date) {
    List<String> words = List.of(phrase.split(" "));
    return dictionary.longestAt(words, 0).orElseThrow().entry().codes().on(date);
  }

  @Test
  void synonymsShareThePrimaryPhrasesCode() {
    ActorDictionary dictionary = read(DICTIONARY, ParseMode.STRICT);

    assertThat(codesOf(dictionary, "NORLANDIC", null)).containsExactly("NRL");
    assertThat(codesOf(dictionary, "THE NORTHERN REPUBLIC", null)).containsExactly("NRL");
  }

  @Test
  void dateRestrictionsPickTheCodeInForceOnTheSentencesDate() {
    ActorDictionary dictionary = read(DICTIONARY, ParseMode.STRICT);

    assertThat(codesOf(dictionary, "JOHAN VESTBY", LocalDate.of(2010, 5, 1))).containsExactly("NRLELI");
    assertThat(codesOf(dictionary, "JOHAN VESTBY", LocalDate.of(2014, 5, 1))).containsExactly("NRLGOV");
    assertThat(codesOf(dictionary, "JOHAN VESTBY", LocalDate.of(2020, 5, 1))).containsExactly("NRLOPP");
  }

  @Test
  void everyCodeOnThePhraseLineCounts() {
    ActorDictionary dictionary = read("""
        ASTRID_HOLM_  [NRLGOV 100101-141231] [IGOUNO >150101]
        HALDEN_SHIPPING_  [MNCNRL <120101][MNCSTH]
        """, ParseMode.STRICT);

    assertThat(codesOf(dictionary, "ASTRID HOLM", LocalDate.of(2012, 3, 1))).containsExactly("NRLGOV");
    assertThat(codesOf(dictionary, "ASTRID HOLM", LocalDate.of(2016, 3, 1))).containsExactly("IGOUNO");
    assertThat(codesOf(dictionary, "HALDEN SHIPPING", LocalDate.of(2010, 3, 1))).containsExactly("MNCNRL");
    assertThat(codesOf(dictionary, "HALDEN SHIPPING", LocalDate.of(2016, 3, 1))).containsExactly("MNCSTH");
  }

  @Test
  void sixDigitDatesUpToThirtyAreInThisCentury() {
    ActorCodes codes = read(DICTIONARY, ParseMode.STRICT).longestAt(List.of("JOHAN", "VESTBY"), 0)
        .orElseThrow().entry().codes();

    assertThat(codes.restrictions().get(0).to()).isEqualTo(LocalDate.of(2012, 1, 1));
  }

  @Test
  void aSlashListsAlternativeActors() {
    assertThat(codesOf(read(DICTIONARY, ParseMode.STRICT), "TWIN CITIES", null)).containsExactly("NRL", "STH");
  }

  @Test
  void longestPhraseWins() {
    ActorDictionary dictionary = read("NORTH [NTH]\nNORTH_HARBOUR [NHB]\n", ParseMode.STRICT);

    PhraseMatch<ActorEntry> match = dictionary.longestAt(List.of("NORTH", "HARBOUR", "SAID"), 0).orElseThrow();

    assertThat(match.end()).isEqualTo(2);
    assertThat(match.entry().codes().on(null)).containsExactly("NHB");
  }

  @Test
  void nullCodeMeansNoActorCode() {
    assertThat(codesOf(read("NOBODY [---]\n", ParseMode.STRICT), "NOBODY", null)).isEmpty();
  }

  @Test
  void strictModeRejectsTheSloppyCommentOpenerNamingTheLine() {
    assertThatThrownBy(() -> read("NORLAND [NRL]\n<! -- old comment -->\n", ParseMode.STRICT))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("test.actors:2:");
  }

  @Test
  void lenientModeReadsTheSloppyCommentOpenerAsAComment() {
    ActorDictionary dictionary = read("<! -- old comment -->\nNORLAND [NRL]\n", ParseMode.LENIENT);

    assertThat(dictionary.size()).isEqualTo(1);
    assertThat(warnings).hasSize(1);
  }

  @Test
  void restrictionBeforeAnyPhraseFails() {
    assertThatThrownBy(() -> read("\t[NRL]\n", ParseMode.LENIENT))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("test.actors:1: date restriction before any actor phrase");
  }

  @Test
  void hashInsideACodeIsNotAComment() {
    assertThat(codesOf(read("MYSTERY [###] # unknown\n", ParseMode.STRICT), "MYSTERY", null))
        .containsExactly("###");
  }
}
