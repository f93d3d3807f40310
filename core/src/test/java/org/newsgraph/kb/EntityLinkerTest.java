package org.newsgraph.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.geo.PlaceResolver;
import org.newsgraph.model.EntityType;

class EntityLinkerTest {

  private static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 16);
  private final KnowledgeBase kb = SharedKnowledgeBase.get();
  private final EntityLinker linker = new EntityLinker(kb);

  private Map<String, Object> link(TestEntities t, String id, LocalDate date) {
    var places = new PlaceResolver(kb).resolve(t.text(), t.entities());
    return linker.link(t.entities(), places, date).get(id).facts();
  }

  @Test
  void leaderInTheDictionaryGetsTheRoleHeldOnThePublicationDate() {
    var t = new TestEntities("Vladimir Putin met envoys in Sochi.").add(EntityType.PERSON, "Vladimir Putin");
    Map<String, Object> kbFacts = link(t, "e1", MAY_2022);
    assertThat(kbFacts).containsEntry("cameo", "RUSGOV").containsEntry("country", "RUS")
        .containsEntry("sector", "GOV").containsEntry("source", "phoenix");
    assertThat(kbFacts.get("plover")).isEqualTo(Map.of("country", "RUS", "sector", "GOV"));
  }

  @Test
  void withoutADateTheLatestRoleStandsAgainstATitleThatNamesNoCountry() {
    var t = new TestEntities("President Barack Obama spoke.").add(EntityType.PERSON, "Barack Obama", "President");
    assertThat(link(t, "e1", null)).containsEntry("cameo", "USAGOV").containsEntry("source", "phoenix");
  }

  @Test
  void unknownPersonIsCodedFromANationalityAndTitle() {
    var t = new TestEntities("Belarusian president Ivan Novak spoke.")
        .add(EntityType.PERSON, "Ivan Novak", "Belarusian president");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("cameo", "BLRGOV").containsEntry("source", "descriptor");
  }

  @Test
  void foreignMinisterIsGovernment() {
    var t = new TestEntities("Ukrainian Foreign Minister Olena Marchuk arrived.")
        .add(EntityType.PERSON, "Olena Marchuk", "Ukrainian Foreign Minister");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("country", "UKR").containsEntry("sector", "GOV");
  }

  @Test
  void senateLeaderIsAmericanLegislature() {
    var t = new TestEntities("Senate Republican Leader Tom Hale said the vote is near.")
        .add(EntityType.PERSON, "Tom Hale", "Senate Republican Leader");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("country", "USA").containsEntry("sector", "LEG");
  }

  @Test
  void secretaryOfStateWithoutACountryIsAmerican() {
    var t = new TestEntities("Secretary of State Jane Roe flew in.")
        .add(EntityType.PERSON, "Jane Roe", "Secretary of State");
    Map<String, Object> kbFacts = link(t, "e1", MAY_2022);
    assertThat(kbFacts).containsEntry("cameo", "USAGOV");
    assertThat((double) kbFacts.get("confidence")).isLessThan(0.85);
  }

  @Test
  void titleNamingAnotherCountryOverridesASameNamedDictionaryActor() {
    var t = new TestEntities("Kenyan lawmaker Vladimir Putin, a namesake, objected.")
        .add(EntityType.PERSON, "Vladimir Putin", "Kenyan lawmaker");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("cameo", "KENLEG");
  }

  @Test
  void igoCarriesItsCodeAndMembersAtTheDate() {
    var t = new TestEntities("The Collective Security Treaty Organization met.")
        .add(EntityType.ORGANIZATION, "Collective Security Treaty Organization");
    Map<String, Object> kbFacts = link(t, "e1", MAY_2022);
    assertThat(kbFacts).containsEntry("kind", "igo").containsEntry("id", "CSTO");
    assertThat(kbFacts.get("members")).asList().hasSize(6).contains("RUS", "BLR");
  }

  @Test
  void organizationIsCodedFromTheCountryAndAgentInItsName() {
    var t = new TestEntities("The General Staff of the Armed Forces of Ukraine said so.")
        .add(EntityType.ORGANIZATION, "General Staff of the Armed Forces of Ukraine");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("cameo", "UKRMIL");
  }

  @Test
  void loneSurnameOfSeveralDictionaryPeopleIsSettledByTheArticlesCountriesAndSaysItIsUnsure() {
    var t = new TestEntities("In Russia, Medvedev warned the West.").add(EntityType.COUNTRY, "Russia")
        .add(EntityType.PERSON, "Medvedev");
    Map<String, Object> kbFacts = link(t, "e2", MAY_2022);
    assertThat(kbFacts).containsEntry("country", "RUS");
    assertThat((double) kbFacts.get("confidence")).isLessThanOrEqualTo(0.6);
  }

  @Test
  void countryAndNationalityLinkToTheCountry() {
    var t = new TestEntities("Ukraine said Ukrainians will vote.").add(EntityType.COUNTRY, "Ukraine")
        .add(EntityType.NATIONALITY, "Ukrainians");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("cameo", "UKR").containsEntry("geonames_id", 690791L);
    assertThat(link(t, "e2", MAY_2022)).containsEntry("country", "UKR");
  }

  @Test
  void cityCarriesCoordinates() {
    var t = new TestEntities("Talks were held in Berlin.").add(EntityType.CITY, "Berlin");
    assertThat(link(t, "e1", MAY_2022)).containsEntry("country", "DEU").containsKeys("lat", "lon")
        .containsEntry("geonames_id", 2950159L);
  }
}
