package org.newsgraph.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Countries with their other names and demonyms, and place names by kind, loaded from the compiled resources
 * {@code countries.tsv} and {@code places.tsv} (see {@link GazetteerCompiler} and the NOTICE beside them).
 * Immutable once built.
 */
public final class Gazetteer {

  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byLowerName = new HashMap<>();
  private final Map<String, Country> byAdjective = new HashMap<>();
  private final Map<String, Country> byPeople = new HashMap<>();
  private final Set<String> capitals = new HashSet<>();
  private final Set<String> cities = new HashSet<>();
  private final Set<String> admin1 = new HashSet<>();

  private Gazetteer() {}

  /** Loads the gazetteer compiled into newsgraph's resources. */
  public static Gazetteer load() {
    Gazetteer gazetteer = new Gazetteer();
    for (String[] f : rows("countries.tsv", 6)) {
      Country country = new Country(f[0], f[1]);
      gazetteer.byName.put(f[1], country);
      split(f[3]).forEach(n -> gazetteer.byName.put(n, country));
      gazetteer.byName.forEach((n, c) -> gazetteer.byLowerName.putIfAbsent(lower(n), c));
      split(f[4]).forEach(a -> gazetteer.byAdjective.put(a, country));
      split(f[5]).forEach(p -> gazetteer.byPeople.put(p, country));
    }
    for (String[] f : rows("places.tsv", 3)) {
      switch (f[1]) {
        case "capital" -> gazetteer.capitals.add(lower(f[0]));
        case "city" -> gazetteer.cities.add(lower(f[0]));
        case "admin1" -> gazetteer.admin1.add(lower(f[0]));
        default -> throw new IllegalStateException("places.tsv: unknown place kind " + f[1]);
      }
    }
    return gazetteer;
  }

  /**
   * The country a name ("Belarus", "U.S.", "the United States", "RUSSIA") stands for; case matters only for
   * names of up to three letters ("US" is not "us").
   */
  public Optional<Country> country(String name) {
    String bare = name.startsWith("the ") ? name.substring(4) : name;
    Country country = byName.get(bare);
    if (country == null && bare.length() > 3) {
      country = byLowerName.get(lower(bare));
    }
    return Optional.ofNullable(country);
  }

  /** The country of an adjectival demonym ("Belarusian"). */
  public Optional<Country> countryOfAdjective(String word) {
    return Optional.ofNullable(byAdjective.get(word));
  }

  /** The country of a plural demonym ("Ukrainians"). */
  public Optional<Country> countryOfPeople(String word) {
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

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }

  static List<String[]> rows(String resource, int columns) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource org/newsgraph/entity/" + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns in line: " + line);
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
