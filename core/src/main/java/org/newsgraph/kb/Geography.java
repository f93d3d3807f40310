package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The knowledge base's countries and GeoNames gazetteer (cities of 15,000 or more and every capital, first-level
 * divisions), read from the compiled {@code countries.tsv}, {@code cities.tsv.gz} and {@code admin1.tsv}: the one
 * table of countries and the one gazetteer every stage looks places up in. Immutable and thread-safe once loaded;
 * {@link KnowledgeBase#load()} loads one, and the entity stage can load one alone ({@link #load()}) without the
 * actor dictionaries.
 */
public final class Geography {

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final Map<String, KbCountry> countryByKey = new HashMap<>();
  private final Map<String, KbCountry> byIso3 = new HashMap<>();
  private final Map<String, KbCountry> byIso2 = new HashMap<>();
  private final List<CountryNames> countryNames = new ArrayList<>();
  private final Map<String, List<GeoEntry>> placesByKey = new HashMap<>(1 << 18);
  private final Map<String, String> admin1Names = new HashMap<>();

  private Geography() {}

  /** Loads the compiled countries and gazetteer. */
  public static Geography load() {
    Geography geography = new Geography();
    geography.loadCountries();
    geography.loadPlaces();
    return geography;
  }

  private void loadCountries() {
    List<String[]> rows = new ArrayList<>();
    KnowledgeBase.rows("countries.tsv", false, rows::add);
    for (String[] f : rows) {
      if (f.length != 12) {
        throw new IllegalStateException("countries.tsv: expected 12 columns in the row of " + f[0]);
      }
      KbCountry c = new KbCountry(f[0], f[1], Long.parseLong(f[2]), f[3], f[4], Long.parseLong(f[5]), f[6]);
      byIso3.put(c.iso3(), c);
      byIso2.put(c.iso2(), c);
      countryNames.add(new CountryNames(c, split(f[9]), split(f[10]), split(f[11])));
    }
    // Names first, demonyms after, so a name is never shadowed by another country's demonym.
    for (int column : new int[] {7, 8}) {
      for (String[] f : rows) {
        KbCountry c = byIso3.get(f[0]);
        for (String name : split(f[column])) {
          countryByKey.putIfAbsent(Phrases.key(name), c);
        }
      }
    }
    for (KbCountry c : byIso3.values()) {
      countryByKey.put(Phrases.key(c.name()), c);
    }
  }

  private void loadPlaces() {
    KnowledgeBase.rows("cities.tsv.gz", true, f -> {
      long id = Long.parseLong(f[0]);
      double lat = Double.parseDouble(f[2]);
      double lon = Double.parseDouble(f[3]);
      long population = Long.parseLong(f[7]);
      addPlaceKey(Phrases.key(f[1]), new GeoEntry(id, f[1], lat, lon, f[4], f[5], f[6], population, true));
      GeoEntry other = new GeoEntry(id, f[1], lat, lon, f[4], f[5], f[6], population, false);
      split(f[8]).forEach(key -> addPlaceKey(key, other));
    });
    KnowledgeBase.rows("admin1.tsv", false, f -> {
      admin1Names.put(f[0], f[1]);
      addPlaceKey(Phrases.key(f[1]),
          new GeoEntry(Long.parseLong(f[2]), f[1], null, null, "ADM1", f[3], f[0], 0, true));
    });
  }

  private void addPlaceKey(String key, GeoEntry entry) {
    List<GeoEntry> list = placesByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (list.stream().noneMatch(e -> e.geonameId() == entry.geonameId())) {
      list.add(entry);
    }
  }

  /** The country a name or demonym stands for ("Belarus", "Belarusian", "U.S."). */
  public Optional<KbCountry> country(String name) {
    // An ISO code is a name only written as one ("RUS"): as a word key, "and", "can" and "per" would be countries
    // inside every phrase searched for a country name.
    KbCountry byName = countryByKey.get(Phrases.key(name));
    return Optional.ofNullable(byName != null || !ISO3.matcher(name).matches() ? byName : byIso3.get(name));
  }

  /** The country with this ISO alpha-3 or alpha-2 code. */
  public Optional<KbCountry> countryByCode(String code) {
    return Optional.ofNullable(code.length() == 2 ? byIso2.get(code) : byIso3.get(code));
  }

  public boolean isCountryCode(String iso3) {
    return byIso3.containsKey(iso3);
  }

  /** Every country with the names the entity stage reads, in ISO alpha-3 order. */
  public List<CountryNames> countryNames() {
    return List.copyOf(countryNames);
  }

  /** Gazetteer entries of a place name, by own name or other name. */
  public List<GeoEntry> places(String name) {
    return placesByKey.getOrDefault(Phrases.key(name), List.of());
  }

  /** The name of a first-level division by its GeoNames key ({@code US.ID} → Idaho). */
  public Optional<String> admin1Name(String key) {
    return Optional.ofNullable(admin1Names.get(key));
  }

  /** Lookup key → country, for phrase searches over names and demonyms. */
  Map<String, KbCountry> countriesByKey() {
    return countryByKey;
  }

  int countryCount() {
    return byIso3.size();
  }

  int placeNameCount() {
    return placesByKey.size();
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }
}
