package org.newsgraph.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private final KnowledgeBase kb = SharedKnowledgeBase.get();

  @Test
  void findsCountriesByNameAbbreviationAndDemonym() {
    assertThat(kb.country("Belarusian")).map(KbCountry::iso3).contains("BLR");
    assertThat(kb.country("U.S.")).map(KbCountry::iso3).contains("USA");
    assertThat(kb.country("the United Kingdom")).map(KbCountry::iso3).contains("GBR");
    assertThat(kb.country("Ukrainians")).map(KbCountry::iso3).contains("UKR");
  }

  @Test
  void anIsoCodeIsACountryOnlyWrittenAsOne() {
    assertThat(kb.country("RUS")).map(KbCountry::iso3).contains("RUS");
    assertThat(kb.countryIn("Institute of Personnel and Development")).isEmpty();
    assertThat(kb.countryIn("the Royal Society for the Protection of Birds")).isEmpty();
  }

  @Test
  void countryCarriesIsoCodesCapitalAndGeonamesId() {
    KbCountry russia = kb.countryByCode("RU").orElseThrow();
    assertThat(russia.iso3()).isEqualTo("RUS");
    assertThat(russia.capital()).isEqualTo("Moscow");
    assertThat(russia.geonameId()).isEqualTo(2017370L);
  }

  @Test
  void igoMembershipDependsOnTheDate() {
    Igo nato = kb.igo("NATO").orElseThrow();
    assertThat(nato.cameo()).isEqualTo("IGOWSTNAT");
    assertThat(nato.membersAt(LocalDate.of(2022, 5, 16))).contains("USA", "TUR").doesNotContain("FIN", "SWE");
    assertThat(nato.membersAt(LocalDate.of(2024, 6, 1))).contains("FIN", "SWE");
    assertThat(kb.igo("CSTO").orElseThrow().membersAt(LocalDate.of(2022, 1, 1)))
        .containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
  }

  @Test
  void leaderRoleIsTheOneHeldOnTheDate() {
    KbActor putin = kb.actors("Vladimir Putin").get(0);
    assertThat(putin.roleAt(LocalDate.of(2022, 5, 16))).map(Role::code).contains("RUSGOV");
    assertThat(putin.roleAt(LocalDate.of(1985, 1, 1))).map(Role::code).contains("RUSELI");
  }

  @Test
  void agentWordsGiveSectors() {
    assertThat(kb.agentIn("president")).contains("GOV");
    assertThat(kb.agentIn("senator")).contains("LEG");
    assertThat(kb.agentIn("lawmakers")).contains("LEG");
    assertThat(kb.agentIn("lawmaker")).contains("LEG");
    assertThat(kb.agentIn("Foreign Minister")).contains("GOV");
    assertThat(kb.agentIn("Senate Republican Leader")).contains("LEG");
  }

  @Test
  void titlesImplyACountryWithoutNamingIt() {
    assertThat(kb.hintedCountryIn("Secretary of State")).map(KbCountry::iso3).contains("USA");
    assertThat(kb.countryIn("Ukrainian Foreign Minister")).map(KbCountry::iso3).contains("UKR");
  }

  @Test
  void placeNamesListEveryPlaceOfThatName() {
    assertThat(kb.places("Moscow")).extracting(GeoEntry::country).contains("RUS", "USA");
    assertThat(kb.places("Washington")).extracting(GeoEntry::feature).contains("PPLC", "ADM1");
  }

  @Test
  void phrasesNormalizeAccentsPeriodsAndUnderscores() {
    assertThat(Phrases.key("VLADIMIR_PUTIN_")).isEqualTo("vladimir putin");
    assertThat(Phrases.key("U.S.")).isEqualTo("us");
    assertThat(Phrases.key("Côte d'Ivoire")).isEqualTo("cote divoire");
    assertThat(Phrases.key("The Hague")).isEqualTo("hague");
  }
}
