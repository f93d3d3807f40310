package org.newsgraph.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.kb.CountryNames;
import org.newsgraph.kb.Geography;
import org.newsgraph.kb.KbCountry;
import org.newsgraph.model.EntityType;

/**
 * The entity stage's view of the knowledge base's countries ({@link Geography}): a country by name, by adjectival
 * demonym or by plural demonym, and place names by kind, loaded from the compiled resource {@code places.tsv} (see
 * {@link GazetteerCompiler} and the NOTICE beside it). Immutable once built.
 */
public final class Gazetteer {

  private final Map<String, KbCountry> byName = new HashMap<>();
  private final Map<String, KbCountry> byLowerName = new HashMap<>();
  private final Map<String, KbCountry> byAdjective = new HashMap<>();
  private final Map<String, KbCountry> byPeople = new HashMap<>();
  private final Set<String> capitals = new HashSet<>();
  private final Set<String> cities = new HashSet<>();
  private final Set<String> admin1 = new HashSet<>();

  /** The gazetteer over countries already loaded (the knowledge base's, so that they are read once). */
  public Gazetteer(Geography geography) {
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
    for (String[] f : WordLists.rows("places.tsv", 3)) {
      switch (f[1]) {
        case "capital" -> capitals.add(lower(f[0]));
        case "city" -> cities.add(lower(f[0]));
        case "admin1" -> admin1.add(lower(f[0]));
        default -> throw new IllegalStateException("places.tsv: unknown place kind " + f[1]);
      }
    }
  }

  /** Loads the knowledge base's countries and the gazetteer on their own, without the rest of the knowledge base. */
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
    String key = lower(name);
    boolean city = capitals.contains(key) || cities.contains(key);
    boolean state = admin1.contains(key);
    if (state && (calledState || !city)) {
      return EntityType.STATE_OR_PROVINCE;
    }
    return city ? EntityType.CITY : EntityType.LOCATION;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

}
