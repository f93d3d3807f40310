package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void knowsEverydayNamesOfTheUnitedStates() {
    for (String name : new String[] {"U.S.", "US", "United States", "America", "the United States"}) {
      assertThat(GAZETTEER.country(name)).as(name).map(Country::name).hasValue("United States");
    }
  }

  @Test
  void mapsAdjectivalAndPluralDemonymsToTheirCountry() {
    assertThat(GAZETTEER.countryOfAdjective("Belarusian")).map(Country::code).hasValue("BY");
    assertThat(GAZETTEER.countryOfPeople("Ukrainians")).map(Country::code).hasValue("UA");
  }

  @Test
  void prefersCityForACapitalThatIsAlsoAState() {
    assertThat(GAZETTEER.placeType("Washington", false)).isEqualTo(EntityType.CITY);
    assertThat(GAZETTEER.placeType("Washington", true)).isEqualTo(EntityType.STATE_OR_PROVINCE);
  }

  @Test
  void leavesCompassPointsAndUnknownPlacesUntyped() {
    assertThat(GAZETTEER.placeType("West", false)).isEqualTo(EntityType.LOCATION);
    assertThat(GAZETTEER.placeType("Kremlin", false)).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void cleansFootnotesAndParentheticalsFromDemonymCells() {
    assertThat(GazetteerCompiler.cleanNames("Singaporean[2] [3]")).containsExactly("Singaporean");
    assertThat(GazetteerCompiler.cleanNames("Barbadian  (\"Bajan\")")).containsExactly("Barbadian");
    assertThat(GazetteerCompiler.cleanNames("Irish / Southern Irish h")).containsExactly("Irish", "Southern Irish");
  }

  @Test
  void takesInitialsOfCapitalizedWords() {
    assertThat(EntityGrouper.initials("Collective Security Treaty Organization")).isEqualTo("CSTO");
    assertThat(EntityGrouper.initials("Organization of the Petroleum Exporting Countries")).isEqualTo("OPEC");
  }
}
