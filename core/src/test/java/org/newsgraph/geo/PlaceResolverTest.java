package org.newsgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.kb.SharedKnowledgeBase;
import org.newsgraph.kb.TestEntities;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Place;

class PlaceResolverTest {

  private final PlaceResolver resolver = new PlaceResolver(SharedKnowledgeBase.get());

  private Place only(TestEntities t, String id) {
    List<Place> places = resolver.resolve(t.text(), t.entities());
    return places.stream().filter(p -> p.entity().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void moscowIsTheRussianCapitalWhenRussiaIsNamed() {
    var t = new TestEntities("Russia hosted talks in Moscow.").add(EntityType.COUNTRY, "Russia")
        .add(EntityType.CITY, "Moscow");
    assertThat(only(t, "e2").country()).isEqualTo("RUS");
  }

  @Test
  void moscowIsTheRussianCapitalByPopulationAlone() {
    var t = new TestEntities("Officials in Moscow declined to comment.").add(EntityType.CITY, "Moscow");
    assertThat(only(t, "e1").feature()).isEqualTo("PPLC");
  }

  @Test
  void placeQualifiedByItsStateIsTheOneInThatState() {
    var t = new TestEntities("The fair in Moscow, Idaho, drew farmers.").add(EntityType.CITY, "Moscow");
    Place moscow = only(t, "e1");
    assertThat(moscow.country()).isEqualTo("USA");
    assertThat(moscow.geonamesId()).isEqualTo(5601538L);
  }

  @Test
  void washingtonIsTheCapitalRatherThanTheState() {
    var t = new TestEntities("The United States said in Washington that talks go on.")
        .add(EntityType.COUNTRY, "United States").add(EntityType.CITY, "Washington");
    Place washington = only(t, "e2");
    assertThat(washington.feature()).isEqualTo("PPLC");
    assertThat(washington.lat()).isBetween(38.0, 39.5);
  }

  @Test
  void washingtonCalledAStateIsTheState() {
    var t = new TestEntities("Apple growers in Washington had a good year.")
        .add(EntityType.STATE_OR_PROVINCE, "Washington");
    assertThat(only(t, "e1").feature()).isEqualTo("ADM1");
  }

  @Test
  void sureNeighboursDecideAnAmbiguousDivision() {
    var t = new TestEntities("Voters in Florida, Nevada and Kansas turned out.")
        .add(EntityType.STATE_OR_PROVINCE, "Florida").add(EntityType.STATE_OR_PROVINCE, "Nevada")
        .add(EntityType.STATE_OR_PROVINCE, "Kansas");
    assertThat(only(t, "e1").country()).isEqualTo("USA");
  }

  @Test
  void institutionNamedForItsBuildingIsNoPlace() {
    var t = new TestEntities("The White House said little.").add(EntityType.LOCATION, "White House");
    assertThat(resolver.resolve(t.text(), t.entities())).isEmpty();
  }

  @Test
  void countryResolvesToItsGeonamesEntry() {
    var t = new TestEntities("Kazakhstan will host drills.").add(EntityType.COUNTRY, "Kazakhstan");
    assertThat(only(t, "e1").feature()).isEqualTo("PCLI");
    assertThat(only(t, "e1").country()).isEqualTo("KAZ");
  }
}
