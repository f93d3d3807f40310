package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.kb.KbCountry;
import org.newsgraph.kb.SharedKnowledgeBase;
import org.newsgraph.model.EntityType;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = new Gazetteer(SharedKnowledgeBase.get().geography());

  @Test
  void knowsEverydayNamesOfTheUnitedStates() {
    for (String name : new String[] {"U.S.", "US", "United States", "America", "the United States"}) {
      assertThat(GAZETTEER.country(name)).as(name).map(KbCountry::name).hasValue("United States");
    }
  }

  @Test
  void mapsAdjectivalAndPluralDemonymsToTheirCountry() {
    assertThat(GAZETTEER.countryOfAdjective("Belarusian")).map(KbCountry::iso3).hasValue("BLR");
    assertThat(GAZETTEER.countryOfPeople("Ukrainians")).map(KbCountry::iso3).hasValue("UKR");
  }

  @Test
  void prefersCityForACapitalThatIsAlsoAState() {
    assertThat(GAZETTEER.placeType("Washington", false)).isEqualTo(EntityType.CITY);
    assertThat(GAZETTEER.placeType("Washington", true)).isEqualTo(EntityType.STATE_OR_PROVINCE);
  }

  @Test
  void findsACityWrittenWithoutItsArticleOrPeriods() {
    assertThat(GAZETTEER.placeType("Hague", false)).isEqualTo(EntityType.CITY);
    assertThat(GAZETTEER.placeType("ST LOUIS", false)).isEqualTo(EntityType.CITY);
  }

  @Test
  void leavesATownUnderAHundredThousandUntyped() {
    // Dover (Kent, Delaware) is in the knowledge base's gazetteer, which keeps towns of 15,000 and more.
    assertThat(SharedKnowledgeBase.get().places("Dover")).isNotEmpty();
    assertThat(GAZETTEER.placeType("Dover", false)).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void leavesCompassPointsAndUnknownPlacesUntyped() {
    assertThat(GAZETTEER.placeType("West", false)).isEqualTo(EntityType.LOCATION);
    assertThat(GAZETTEER.placeType("Kremlin", false)).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void findsTheSameCountryRecordTheKnowledgeBaseLinksTo() {
    assertThat(GAZETTEER.country("Belarus")).isEqualTo(SharedKnowledgeBase.get().country("Belarus"));
  }

  @Test
  void takesOnlyNamesForNamesNotTheKnowledgeBaseWiderLookups() {
    // The knowledge base finds Afghanistan by "Afghan" too; for the entity stage that is an adjective, not a name.
    assertThat(SharedKnowledgeBase.get().country("Afghan")).map(KbCountry::iso3).hasValue("AFG");
    assertThat(GAZETTEER.country("Afghan")).isEmpty();
    assertThat(GAZETTEER.countryOfAdjective("Afghan")).map(KbCountry::iso3).hasValue("AFG");
  }

  @Test
  void takesInitialsOfCapitalizedWords() {
    assertThat(EntityGrouper.initials("Collective Security Treaty Organization")).isEqualTo("CSTO");
    assertThat(EntityGrouper.initials("Organization of the Petroleum Exporting Countries")).isEqualTo("OPEC");
  }
}
