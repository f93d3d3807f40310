package org.newsgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.kb.EntityLinker;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.kb.SharedKnowledgeBase;
import org.newsgraph.kb.TestEntities;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Focus;

class FocusFinderTest {

  private final KnowledgeBase kb = SharedKnowledgeBase.get();

  private Focus focus(TestEntities t) {
    var places = new PlaceResolver(kb).resolve(t.text(), t.entities());
    var links = new EntityLinker(kb).link(t.entities(), places, null);
    return new FocusFinder().find(t.entities(), places, links);
  }

  @Test
  void mostMentionedCountryCountingItsCitiesIsTheFocus() {
    var t = new TestEntities("Kenya and Uganda talked. In Nairobi, Kenya's leaders met; Nairobi was calm.")
        .add(EntityType.COUNTRY, "Kenya").add(EntityType.COUNTRY, "Uganda").add(EntityType.CITY, "Nairobi");
    Focus focus = focus(t);
    assertThat(focus.country()).isEqualTo("KEN");
    assertThat(focus.countries()).containsExactly("KEN");
    assertThat(focus.place()).isEqualTo("e3");
  }

  @Test
  void countriesMentionedAboutAsOftenShareTheFocus() {
    var t = new TestEntities("Peru and Chile signed. Peru and Chile will trade.")
        .add(EntityType.COUNTRY, "Peru").add(EntityType.COUNTRY, "Chile");
    assertThat(focus(t).countries()).containsExactly("PER", "CHL");
  }

  @Test
  void peopleOfACountryCountTowardsIt() {
    var t = new TestEntities("French President Paul Mercier spoke. Mercier said Mercier would go to Spain.")
        .add(EntityType.PERSON, "Mercier", "French President").add(EntityType.COUNTRY, "Spain");
    assertThat(focus(t).country()).isEqualTo("FRA");
  }

  @Test
  void articleWithoutPlacesHasNoFocus() {
    var t = new TestEntities("A recipe for bread.");
    assertThat(focus(t)).isEqualTo(Focus.NONE);
  }
}
