package org.newsgraph.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Place;

/** The countries an article names (country and nationality entities) or places in (resolved places). */
public final class ArticleCountries {

  private ArticleCountries() {}

  /** ISO alpha-3 codes, in order of first appearance among the entities, then the places. */
  public static Set<String> of(KnowledgeBase kb, List<Entity> entities, List<Place> places) {
    Set<String> countries = new LinkedHashSet<>();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.COUNTRY || entity.type() == EntityType.NATIONALITY) {
        kb.country(entity.name()).ifPresent(c -> countries.add(c.iso3()));
      }
    }
    places.stream().map(Place::country).filter(c -> c != null).forEach(countries::add);
    return countries;
  }
}
