package org.newsgraph.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.kb.KbLink;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Place;

/**
 * The article's focus by frequency of mention, as CLIFF does: each mention of a resolved place counts for its
 * country; each mention of a person or organization linked to a country counts for a fraction of that (people
 * speak for a country without being there). The focus countries are those within {@link #SHARE} of the most
 * mentioned one.
 */
public final class FocusFinder {

  static final double ACTOR_WEIGHT = 0.5;
  static final double SHARE = 0.7;

  /**
   * @param links knowledge-base facts per entity id; a {@code country} there counts for linked people and
   *     organizations
   */
  public Focus find(List<Entity> entities, List<Place> places, Map<String, KbLink> links) {
    Map<String, Integer> mentions = new HashMap<>();
    entities.forEach(e -> mentions.put(e.id(), e.nameMentions().size()));
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Place> placeOf = new HashMap<>();
    for (Place place : places) {
      placeOf.put(place.entity(), place);
      if (place.country() != null && !place.country().isEmpty()) {
        scores.merge(place.country(), (double) mentions.getOrDefault(place.entity(), 1), Double::sum);
      }
    }
    for (Entity entity : entities) {
      if (links.get(entity.id()) instanceof KbLink.ActorLink actor && actor.country() != null
          && !placeOf.containsKey(entity.id())) {
        scores.merge(actor.country(), ACTOR_WEIGHT * entity.nameMentions().size(), Double::sum);
      }
    }
    if (scores.isEmpty()) {
      return Focus.NONE;
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
    // Stable sort: among equal scores the country mentioned first leads.
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    double top = ranked.get(0).getValue();
    List<String> countries = ranked.stream().filter(e -> e.getValue() >= SHARE * top).map(Map.Entry::getKey)
        .toList();
    String main = countries.get(0);
    String place = places.stream().filter(p -> main.equals(p.country()) && !"PCLI".equals(p.feature()))
        .max(Comparator.comparingInt(p -> mentions.getOrDefault(p.entity(), 0))).map(Place::entity).orElse(null);
    return new Focus(main, countries, place);
  }
}
