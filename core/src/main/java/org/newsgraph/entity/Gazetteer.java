package org.newsgraph.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.kb.CountryNames;
import org.newsgraph.kb.GeoEntry;
import org.newsgraph.kb.Geography;
import org.newsgraph.kb.KbCountry;
import org.newsgraph.model.EntityType;

/**
 * The entity stage's view of the knowledge base's countries and gazetteer ({@link Geography}): a country by name,
 * by adjectival demonym or by plural demonym, and the kind of place a location name is. Immutable once built.
 */
public final class Gazetteer {

  /**
   * A place name types a mention CITY when it is a capital's or a city's of at least this many people: the
   * gazetteer's smaller towns share their names with too many surnames and words ("Mobile", "Reading").
   */
  static final long MIN_CITY_POPULATION = 100_000;

  private final Geography geography;
  private final Map<String, KbCountry> byName = new HashMap<>();
  private final Map<String, KbCountry> byLowerName = new HashMap<>();
  private final Map<String, KbCountry> byAdjective = new HashMap<>();
  private final Map<String, KbCountry> byPeople = new HashMap<>();

  /** The gazetteer over countries and places already loaded (the knowledge base's, so that they are read once). */
  public Gazetteer(Geography geography) {
    this.geography = geography;
    // Names are exact, in the sources' spelling: the stage's rules ask whether a mention is a country's name, not
    // whether its lookup key is one (the knowledge base's wider reading would take "Afghan" for a name).
    for (CountryNames names : geography.countryNames()) {
      KbCountry country = names.country();
      byName.put(country.name(), country);
      names.everydayNames().forEach(n -> byName.put(n, country));
      byName.forEach((n, c) -> byLowerName.putIfAbsent(lower(n), c));
      names.adjectivals().forEach(a -> byAdjective.put(a, country));
      names.peoples().forEach(p -> byPeople.put(p, country));
    }
  }

  /** Loads the knowledge base's countries and gazetteer on their own, without the rest of the knowledge base. */
  public static Gazetteer load() {
    return new Gazetteer(Geography.load());
  }
  /**
   * The country a name ("Belarus", "U.S.", "the United States", "RUSSIA") stands for; case matters only for
   * names of up to three letters ("US" is not "us").
   */
  public Optional<KbCountry> country(String name) {
    String bare = name.startsWith("the ") ? name.substring(4) : name;
    KbCountry country = byName.get(bare);
    if (country == null && bare.length() > 3) {
      country = byLowerName.get(lower(bare));
    }
    return Optional.ofNullable(country);
  }

  /** The country of an adjectival demonym ("Belarusian"). */
  public Optional<KbCountry> countryOfAdjective(String word) {
    return Optional.ofNullable(byAdjective.get(word));
  }

  /** The country of a plural demonym ("Ukrainians"). */
  public Optional<KbCountry> countryOfPeople(String word) {
    return Optional.ofNullable(byPeople.get(word));
  }

  /**
   * The kind of place a location name is: a city (a capital or a large city) before a first-level division of the
   * same name ("Washington"), unless the text says it is the state ("Washington state"); LOCATION when unknown.
   */
  public EntityType placeType(String name, boolean calledState) {
    boolean city = false;
    boolean state = false;
    // A capital by any of its names ("Washington" for "Washington, D.C."), another city by its own.
    for (GeoEntry place : geography.places(name)) {
      if (place.division()) {
        state = true;
      } else if (place.capital() || place.primaryName() && place.population() >= MIN_CITY_POPULATION) {
        city = true;
      }
    }
    if (state && (calledState || !city)) {
      return EntityType.STATE_OR_PROVINCE;
    }
    return city ? EntityType.CITY : EntityType.LOCATION;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

}
