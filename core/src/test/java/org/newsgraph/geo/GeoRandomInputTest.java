package org.newsgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.kb.EntityLinker;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.kb.SharedKnowledgeBase;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;

class GeoRandomInputTest {

  private static final String ALPHABET = "aeiouUSAMNOTKLW .,'-’éß\t0123";

  @Test
  void randomEntitiesNeverBreakGeoparsingLinkingOrFocus() {
    KnowledgeBase kb = SharedKnowledgeBase.get();
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      List<Entity> entities = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(6); i++) {
        String name = word(random);
        int start = text.length();
        text.append(name).append(random.nextBoolean() ? ", " : " ");
        EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
        entities.add(new Entity("e" + (i + 1), name, type, List.of(), random.nextBoolean() ? List.of(word(random))
            : List.of(), Map.of(), List.of(new Mention(start, start + name.length(), name))));
      }
      List<Place> places = new PlaceResolver(kb).resolve(text.toString(), entities);
      var links = new EntityLinker(kb).link(entities, places, null);
      Focus focus = new FocusFinder().find(entities, places, links);

      assertThat(places).allSatisfy(p -> assertThat(p.confidence()).isBetween(0.0, 1.0));
      assertThat(links.keySet()).allSatisfy(id -> assertThat(entities).anyMatch(e -> e.id().equals(id)));
      assertThat(focus.countries()).allSatisfy(c -> assertThat(kb.isCountryCode(c)).isTrue());
    }
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 1 + random.nextInt(12); i++) {
      word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return word.toString();
  }
}
