package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Place;

/**
 * Links document entities to the knowledge base: countries and nationalities to their country, organizations to
 * IGOs or dictionary actors, people to dictionary actors with the role they held on the article's date or, when
 * the dictionary does not know them, to a code read from their titles; places carry their gazetteer entry. Each
 * link says how sure it is ({@code confidence}, 0–1).
 */
public final class EntityLinker {

  private final KnowledgeBase kb;
  private final DescriptorCoder descriptors;

  public EntityLinker(KnowledgeBase kb) {
    this.kb = kb;
    this.descriptors = new DescriptorCoder(kb);
  }

  /**
   * The kb facts of each linkable entity, keyed by entity id.
   *
   * @param places the gazetteer entries of place entities (from geoparsing)
   * @param date the article's publication date, or null when unknown
   */
  public Map<String, Map<String, Object>> link(List<Entity> entities, List<Place> places, LocalDate date) {
    Set<String> context = ArticleCountries.of(kb, entities, places);
    Map<String, Place> placeOf = new LinkedHashMap<>();
    places.forEach(p -> placeOf.putIfAbsent(p.entity(), p));
    Map<String, Map<String, Object>> links = new LinkedHashMap<>();
    for (Entity entity : entities) {
      Optional<Map<String, Object>> kbFacts = switch (entity.type()) {
        case COUNTRY, NATIONALITY -> country(entity).or(() -> place(placeOf.get(entity.id())));
        case CITY, STATE_OR_PROVINCE -> place(placeOf.get(entity.id())).or(() -> country(entity));
        case LOCATION -> place(placeOf.get(entity.id())).or(() -> country(entity))
            .or(() -> actor(entity, date, context, false));
        case ORGANIZATION -> organization(entity, date, context);
        case PERSON -> person(entity, date, context);
        case MISC -> Optional.empty();
      };
      kbFacts.ifPresent(facts -> links.put(entity.id(), facts));
    }
    return links;
  }

  private Optional<Map<String, Object>> country(Entity entity) {
    for (String name : names(entity)) {
      Optional<KbCountry> found = kb.country(name);
      if (found.isPresent()) {
        KbCountry c = found.get();
        Map<String, Object> facts = facts(c.iso3(), c.name(), "country");
        facts.put("country", c.iso3());
        facts.put("iso2", c.iso2());
        facts.put("cameo", c.iso3());
        facts.put("plover", plover(c.iso3(), null));
        facts.put("geonames_id", c.geonameId());
        facts.put("capital", c.capital());
        facts.put("confidence", name.equals(entity.name()) ? 0.95 : 0.85);
        return Optional.of(facts);
      }
    }
    return Optional.empty();
  }

  private Optional<Map<String, Object>> place(Place place) {
    if (place == null) {
      return Optional.empty();
    }
    Map<String, Object> facts = facts("geonames:" + place.geonamesId(), place.name(), "place");
    facts.put("country", place.country());
    facts.put("geonames_id", place.geonamesId());
    if (place.lat() != null) {
      facts.put("lat", place.lat());
      facts.put("lon", place.lon());
    }
    facts.put("feature", place.feature());
    facts.put("confidence", place.confidence());
    return Optional.of(facts);
  }

  private Optional<Map<String, Object>> organization(Entity entity, LocalDate date, Set<String> context) {
    for (String name : names(entity)) {
      Optional<Igo> igo = kb.igo(name);
      if (igo.isPresent()) {
        Igo i = igo.get();
        Map<String, Object> facts = facts(i.id(), i.name(), "igo");
        facts.put("sector", i.sector());
        facts.put("cameo", i.cameo());
        facts.put("plover", plover(null, i.sector()));
        facts.put("members", i.membersAt(date));
        facts.put("confidence", 0.9);
        return Optional.of(facts);
      }
    }
    return actor(entity, date, context, false);
  }

  private Optional<Map<String, Object>> person(Entity entity, LocalDate date, Set<String> context) {
    return actor(entity, date, context, true);
  }

  private Optional<Map<String, Object>> actor(Entity entity, LocalDate date, Set<String> context, boolean person) {
    List<String> described = new ArrayList<>(entity.roles());
    if (!person) {
      described.addAll(names(entity));
    }
    Optional<DescriptorCoder.Coded> fromWords = descriptors.code(described);
    Optional<DictionaryMatch> match = dictionary(entity, date, context, person,
        fromWords.map(c -> c.code().country()).orElse(null));
    if (match.isPresent()) {
      DictionaryMatch m = match.get();
      Optional<Role> role = m.actor().roleAt(date);
      ActorCode code = role.map(r -> ActorCode.of(r.code(), kb::isCountryCode)).orElse(null);
      boolean conflict = code != null && fromWords.isPresent() && fromWords.get().code().country() != null
          && !fromWords.get().code().country().equals(code.country());
      // A person's undated default role (ELI, "elite") says less than a title the article gives.
      // Without a date, the latest role stands; a title without a country ("President") does not compete.
      boolean settled = m.actor().activeAt(date) || !person || date == null
          || fromWords.map(c -> c.code().country() == null).orElse(true);
      if (code != null && !conflict && settled) {
        Map<String, Object> facts = facts("phoenix:" + Phrases.key(m.actor().name()).replace(' ', '_'),
            m.actor().name(), person ? "person" : "organization");
        putCode(facts, code);
        Role r = role.get();
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("code", r.code());
        held.put("from", r.range().from() == null ? null : r.range().from().toString());
        held.put("to", r.range().to() == null ? null : r.range().to().toString());
        held.values().removeIf(v -> v == null);
        facts.put("role", held);
        facts.put("source", "phoenix");
        facts.put("confidence", m.confidence());
        return Optional.of(facts);
      }
    }
    return fromWords.map(coded -> {
      Map<String, Object> facts = facts(null, entity.name(), person ? "person" : "organization");
      putCode(facts, coded.code());
      facts.put("role", Map.of("title", coded.descriptor()));
      facts.put("source", "descriptor");
      facts.put("confidence", coded.confidence());
      return facts;
    });
  }

  private record DictionaryMatch(KbActor actor, double confidence) {}

  /**
   * The dictionary actor an entity's names point to. Full names are looked up as written; a lone surname only
   * among people. Several candidates are ranked by a role on the date, agreement with the country the titles
   * name, and the article's countries; a tie lowers the confidence.
   */
  private Optional<DictionaryMatch> dictionary(Entity entity, LocalDate date, Set<String> context,
      boolean person, String describedCountry) {
    Set<KbActor> candidates = new LinkedHashSet<>();
    for (String name : names(entity)) {
      kb.actors(name).stream().filter(a -> a.person() == person).forEach(candidates::add);
    }
    if (candidates.isEmpty()) {
      names(entity).forEach(name -> candidates.addAll(kb.actors(name)));
    }
    double base = 0.9;
    if (candidates.isEmpty() && person && !entity.name().contains(" ")) {
      candidates.addAll(kb.personsBySurname(entity.name()));
      base = 0.6;
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Comparator<KbActor> byFit = Comparator.comparingInt(a -> fit(a, date, context, describedCountry));
    List<KbActor> ranked = candidates.stream().sorted(byFit.reversed()).toList();
    KbActor best = ranked.get(0);
    boolean tie = ranked.size() > 1 && fit(ranked.get(1), date, context, describedCountry)
        == fit(best, date, context, describedCountry);
    double confidence = base * (tie ? 0.6 : 1.0) * (openBeyondDictionary(best, date) ? 0.9 : 1.0);
    return Optional.of(new DictionaryMatch(best, Math.round(confidence * 100) / 100.0));
  }

  private int fit(KbActor actor, LocalDate date, Set<String> context, String describedCountry) {
    String country = actor.roleAt(date).map(r -> ActorCode.of(r.code(), kb::isCountryCode).country())
        .orElse(null);
    return (actor.activeAt(date) ? 4 : 0) + (country != null && country.equals(describedCountry) ? 2 : 0)
        + (country != null && context.contains(country) ? 1 : 0);
  }

  // The dictionaries were compiled in 2014: an open-ended role is an assumption for later dates.
  private static boolean openBeyondDictionary(KbActor actor, LocalDate date) {
    return date != null && date.isAfter(LocalDate.of(2014, 1, 30)) && actor.roleAt(date)
        .map(r -> r.range().to() == null).orElse(false);
  }

  private static List<String> names(Entity entity) {
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    return names;
  }

  private static Map<String, Object> facts(String id, String name, String kind) {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (id != null) {
      facts.put("id", id);
    }
    facts.put("name", name);
    facts.put("kind", kind);
    return facts;
  }

  private static void putCode(Map<String, Object> facts, ActorCode code) {
    if (code.country() != null) {
      facts.put("country", code.country());
    }
    if (code.sector() != null) {
      facts.put("sector", code.sector());
    }
    if (code.cameo() != null) {
      facts.put("cameo", code.cameo());
    }
    facts.put("plover", plover(code.country(), code.sector()));
  }

  private static Map<String, Object> plover(String country, String sector) {
    Map<String, Object> plover = new LinkedHashMap<>();
    if (country != null) {
      plover.put("country", country);
    }
    if (sector != null) {
      plover.put("sector", sector);
    }
    return plover;
  }
}
