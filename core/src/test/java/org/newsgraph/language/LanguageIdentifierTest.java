package org.newsgraph.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = LanguageIdentifier.load();

  @Test
  void anEnglishNewsParagraphIsEnglish() {
    assertThat(IDENTIFIER.identify("The port authority said on Tuesday that dredging of the north channel will "
        + "begin in May and take about eleven weeks, weather permitting.")).contains("en");
  }

  @Test
  void aGermanNewsParagraphIsGerman() {
    assertThat(IDENTIFIER.identify("Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss "
        + "beschlossen. Die Arbeiten sollen im Herbst beginnen.")).contains("de");
  }

  @Test
  void aFrenchNewsParagraphIsFrench() {
    assertThat(IDENTIFIER.identify("Le conseil municipal a voté mardi un budget de quatre millions d'euros pour "
        + "rénover les écoles de la ville, a annoncé la maire.")).contains("fr");
  }

  @Test
  void aSpanishNewsParagraphIsSpanish() {
    assertThat(IDENTIFIER.identify("El gobierno regional anunció el lunes que las obras del nuevo hospital "
        + "comenzarán en septiembre y costarán unos treinta millones de euros.")).contains("es");
  }

  @Test
  void anEnglishArticleQuotingAForeignPhraseStaysEnglish() {
    assertThat(IDENTIFIER.identify("Protesters outside the ministry chanted \"Liberté, égalité\" as the minister "
        + "arrived on Monday. Police said about two hundred people took part, and no arrests were made. The "
        + "minister later told reporters that the pension reform would go ahead as planned.")).contains("en");
  }

  @Test
  void textWithNoLettersHasNoLanguage() {
    assertThat(IDENTIFIER.identify("12:30 — 4-2 (3-1) 2024")).isEmpty();
  }
}
