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
   * The knowledge-base link of each linkable entity, keyed by entity id.
   *
   * @param places the gazetteer entries of place entities (from geoparsing)
   * @param date the article's publication date, or null when unknown
   */
  public Map<String, KbLink> link(List<Entity> entities, List<Place> places, LocalDate date) {
    Set<String> context = ArticleCountries.of(kb, entities, places);
    Map<String, Place> placeOf = new LinkedHashMap<>();
    places.forEach(p -> placeOf.putIfAbsent(p.entity(), p));
    Map<String, KbLink> links = new LinkedHashMap<>();
    for (Entity entity : entities) {
      Optional<KbLink> link = switch (entity.type()) {
        case COUNTRY, NATIONALITY -> country(entity).or(() -> place(placeOf.get(entity.id())));
        case CITY, STATE_OR_PROVINCE -> place(placeOf.get(entity.id())).or(() -> country(entity));
        case LOCATION -> place(placeOf.get(entity.id())).or(() -> country(entity))
            .or(() -> actor(entity, date, context, false));
        case ORGANIZATION -> organization(entity, date, context);
        case PERSON -> person(entity, date, context);
        case MISC -> Optional.empty();
      };
      link.ifPresent(l -> links.put(entity.id(), l));
    }
    return links;
  }

  private Optional<KbLink> country(Entity entity) {
    for (String name : names(entity)) {
      Optional<KbCountry> found = kb.country(name);
      if (found.isPresent()) {
        KbCountry c = found.get();
        return Optional.of(new KbLink.CountryLink(c.iso3(), c.iso2(), c.name(), c.geonameId(), c.capital(),
            name.equals(entity.name()) ? 0.95 : 0.85));
      }
    }
    return Optional.empty();
  }

  private Optional<KbLink> place(Place place) {
    if (place == null) {
      return Optional.empty();
    }
    return Optional.of(new KbLink.PlaceLink(place.geonamesId(), place.name(), place.country(), place.lat(),
        place.lon(), place.feature(), place.confidence()));
  }

  private Optional<KbLink> organization(Entity entity, LocalDate date, Set<String> context) {
    for (String name : names(entity)) {
      Optional<Igo> igo = kb.igo(name);
      if (igo.isPresent()) {
        Igo i = igo.get();
        return Optional.of(new KbLink.IgoLink(i.id(), i.name(), i.sector(), i.cameo(), i.membersAt(date), 0.9));
      }
    }
    return actor(entity, date, context, false);
  }

  private Optional<KbLink> person(Entity entity, LocalDate date, Set<String> context) {
    return actor(entity, date, context, true);
  }

  private Optional<KbLink> actor(Entity entity, LocalDate date, Set<String> context, boolean person) {
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
        return Optional.of(new KbLink.ActorLink("phoenix:" + Phrases.key(m.actor().name()).replace(' ', '_'),
            m.actor().name(), person, code, role.get(), null, m.confidence()));
      }
    }
    return fromWords.map(coded -> new KbLink.ActorLink(null, entity.name(), person, coded.code(), null,
        coded.descriptor(), coded.confidence()));
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
}
