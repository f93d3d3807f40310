package org.newsgraph.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.kb.ArticleCountries;
import org.newsgraph.kb.GeoEntry;
import org.newsgraph.kb.KbCountry;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.kb.Phrases;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;

/**
 * Resolves place entities to gazetteer entries. Among same-named places the score prefers, in log-population
 * units: a place the text qualifies ("Moscow, Idaho"), a place in a country the article names, a capital, a
 * first-level division when the text calls it a state, the place's own name over one of its other names, and the
 * larger place. Countries resolve to their GeoNames country entry.
 */
public final class PlaceResolver {

  static final double QUALIFIED = 6;
  static final double NAMED_COUNTRY = 3;
  static final double CAPITAL = 1;
  static final double OWN_NAME = 0.5;
  static final double CALLED_STATE = 3;
  /** A division has no population in the data: scored like a place of about 300,000. */
  static final double DIVISION_SIZE = 5.5;

  /** Confidence at which a resolved place's country counts as context for the others. */
  static final double SURE = 0.8;
  /** log10 population below which a lone candidate is a coin toss. */
  static final double LONE_BASE = 3.5;

  private final KnowledgeBase kb;

  public PlaceResolver(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** One place per resolvable place entity, in entity order. */
  public List<Place> resolve(String text, List<Entity> entities) {
    Set<String> named = ArticleCountries.of(kb, entities, List.of());
    // Places resolved with a clear margin ("Nevada", "Topeka") tell the country of the doubtful ones ("Florida").
    Set<String> context = new LinkedHashSet<>(named);
    for (Entity entity : entities) {
      resolve(text, entity, named).filter(p -> p.confidence() >= SURE).ifPresent(p -> context.add(p.country()));
    }
    List<Place> places = new ArrayList<>();
    for (Entity entity : entities) {
      resolve(text, entity, context).ifPresent(places::add);
    }
    return places;
  }

  Optional<Place> resolve(String text, Entity entity, Set<String> namedCountries) {
    EntityType type = entity.type();
    if (type == EntityType.COUNTRY) {
      return kb.country(entity.name()).map(c -> countryPlace(entity, c));
    }
    if (type != EntityType.CITY && type != EntityType.STATE_OR_PROVINCE && type != EntityType.LOCATION) {
      return Optional.empty();
    }
    // A "location" the actor dictionary knows is an institution named for its building ("White House").
    if (type == EntityType.LOCATION && !kb.actors(entity.name()).isEmpty()) {
      return Optional.empty();
    }
    Map<Long, GeoEntry> candidates = new LinkedHashMap<>();
    kb.places(entity.name()).forEach(e -> candidates.merge(e.geonameId(), e, (a, b) -> a.primaryName() ? a : b));
    if (candidates.isEmpty()) {
      return kb.country(entity.name()).map(c -> countryPlace(entity, c));
    }
    List<String> after = textsAfter(text, entity.nameMentions());
    GeoEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (GeoEntry candidate : candidates.values()) {
      double score = score(candidate, type, namedCountries, after);
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = candidate;
      } else if (score > second) {
        second = score;
      }
    }
    // A lone candidate may still be some smaller place the gazetteer lacks: the smaller it is, the less sure.
    double margin = second == Double.NEGATIVE_INFINITY
        ? (best.division() ? 3 : Math.log10(best.population() + 1.0) - LONE_BASE) : bestScore - second;
    double confidence = Math.round(Math.min(0.95, 0.5 + 0.15 * margin) * 100) / 100.0;
    return Optional.of(new Place(entity.id(), best.name(), best.geonameId(), best.lat(), best.lon(), best.country(),
        best.feature(), confidence));
  }

  double score(GeoEntry candidate, EntityType type, Set<String> namedCountries, List<String> after) {
    double score = candidate.division() ? DIVISION_SIZE : Math.log10(candidate.population() + 1.0);
    if (qualifiedBy(candidate, after)) {
      score += QUALIFIED;
    }
    if (namedCountries.contains(candidate.country())) {
      score += NAMED_COUNTRY;
    }
    if (candidate.capital()) {
      score += CAPITAL;
    }
    if (candidate.primaryName()) {
      score += OWN_NAME;
    }
    if (candidate.division() && type == EntityType.STATE_OR_PROVINCE) {
      score += CALLED_STATE;
    }
    return score;
  }

  // "Moscow, Idaho", "Paris, France": the words after a mention name the candidate's division or country.
  private boolean qualifiedBy(GeoEntry candidate, List<String> after) {
    if (after.isEmpty() || candidate.division()) {
      return false;
    }
    Optional<String> division = kb.admin1Name(candidate.admin1()).map(Phrases::key);
    Optional<String> country = kb.countryByCode(candidate.country()).map(KbCountry::iso3);
    for (String words : after) {
      if (division.isPresent() && !division.get().isEmpty() && words.startsWith(division.get())) {
        return true;
      }
      String[] parts = words.split(" ");
      for (int n = Math.min(3, parts.length); n >= 1; n--) {
        String head = String.join(" ", Arrays.copyOfRange(parts, 0, n));
        if (country.isPresent() && kb.country(head).map(KbCountry::iso3).equals(country)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The normalized words right after each mention that is followed by a comma (", Idaho"). */
  private static List<String> textsAfter(String text, List<Mention> mentions) {
    List<String> after = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.end() + 1 < text.length() && text.charAt(m.end()) == ',') {
        after.add(Phrases.key(text.substring(m.end() + 1, Math.min(text.length(), m.end() + 40))));
      }
    }
    return after;
  }

  private static Place countryPlace(Entity entity, KbCountry country) {
    return new Place(entity.id(), country.name(), country.geonameId(), null, null, country.iso3(), "PCLI", 0.95);
  }
}
