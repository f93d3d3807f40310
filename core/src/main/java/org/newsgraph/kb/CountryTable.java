package org.newsgraph.kb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The compiler's working table of countries: GeoNames' countries with names and demonyms gathered from the other
 * sources. A phrase several countries claim ("Congolese") goes to the most populous of them.
 *
 * <p>Two readings are kept side by side in each row: every name and demonym by lookup key, for the knowledge base's
 * lookups, and the curated lists the entity stage types mentions by (GeoNames' name, the hand-written names, and
 * Wikipedia's adjectival and plural demonyms in their own spelling), where a plural ("Ukrainians") must stay apart
 * from an adjective ("Ukrainian").
 */
final class CountryTable {

  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)|\"");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.\\- ]*\\p{L}\\.?");

  private static final class Row {
    final String iso2;
    final String iso3;
    final String geonameId;
    final String name;
    final String capital;
    final long population;
    final String continent;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> demonyms = new LinkedHashSet<>();
    final Set<String> everydayNames = new LinkedHashSet<>();
    final Set<String> adjectivals = new TreeSet<>();
    final Set<String> peoples = new TreeSet<>();

    Row(String[] f) {
      iso2 = f[0];
      iso3 = f[1];
      name = f[4];
      capital = f[5];
      population = Long.parseLong(f[7]);
      continent = f[8];
      geonameId = f[16];
    }

    // Of two countries claiming a demonym, the more populous; the first on a tie.
    static Row morePopulous(Row old, Row next) {
      return next.population > old.population ? next : old;
    }
  }

  private final Map<String, Row> byIso3 = new TreeMap<>();
  private final Map<String, Row> byIso2 = new HashMap<>();
  private final Map<String, Row> byName = new HashMap<>();
  /** Lookup key → the row that owns it. */
  private final Map<String, Row> owner = new HashMap<>();

  static CountryTable read(Path countryInfo) throws IOException {
    CountryTable table = new CountryTable();
    for (String line : KnowledgeBaseCompiler.lines(countryInfo)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      // GeoNames keeps two dissolved entries (CS, AN) for old data; they are not countries today.
      if (f[0].equals("CS") || f[0].equals("AN")) {
        continue;
      }
      Row row = new Row(f);
      table.byIso3.put(row.iso3, row);
      table.byIso2.put(row.iso2, row);
      table.byName.put(Phrases.key(row.name), row);
      table.claim(row.name, row, row.names);
    }
    return table;
  }

  int size() {
    return byIso3.size();
  }

  boolean hasIso3(String iso3) {
    return byIso3.containsKey(iso3);
  }

  String iso3(String iso2) {
    Row row = byIso2.get(iso2);
    return row == null ? "" : row.iso3;
  }

  /** Hand-written names: iso3 TAB names TAB demonyms TAB places, lists separated by |, the last two optional. */
  void addNames(List<String> lines, String source) {
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      Row row = byIso3.get(f[0]);
      if (row == null) {
        throw new IllegalArgumentException(source + ": unknown country code " + f[0]);
      }
      List<String> names = f.length > 1 ? split(f[1]) : List.of();
      row.everydayNames.addAll(names);
      List<String> all = new ArrayList<>(names);
      for (int column = 2; column < f.length; column++) {
        all.addAll(split(f[column]));
      }
      for (String name : all) {
        byName.putIfAbsent(Phrases.key(name), row);
        claim(name, row, row.names);
      }
    }
  }

  /**
   * Wikipedia's demonym table as the entity stage reads it: a country found by its exact GeoNames or hand-written
   * name, an adjectival or plural demonym shared by several countries ("Congolese") given to the most populous.
   */
  void addEntityDemonyms(List<String> wikipedia) {
    Map<String, Row> exact = new HashMap<>();
    for (Row row : byIso2Order()) {
      exact.put(row.name, row);
      row.everydayNames.forEach(n -> exact.put(n, row));
    }
    Map<String, Row> adjectiveOwner = new TreeMap<>();
    Map<String, Row> peopleOwner = new TreeMap<>();
    for (String line : wikipedia) {
      String[] f = line.split("\t", -1);
      Row row = f.length >= 3 ? exact.get(f[0].trim()) : null;
      if (row != null) {
        cleanNames(f[1], true).forEach(a -> adjectiveOwner.merge(a, row, Row::morePopulous));
        cleanNames(f[2], true).forEach(p -> peopleOwner.merge(p, row, Row::morePopulous));
      }
    }
    adjectiveOwner.forEach((a, row) -> row.adjectivals.add(a));
    peopleOwner.forEach((p, row) -> row.peoples.add(p));
  }

  private List<Row> byIso2Order() {
    return byIso2.values().stream().sorted(Comparator.comparing(r -> r.iso2)).toList();
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }

  /**
   * CountryInfo's country names and its Nationality lists (adjectives and other names mixed), without the lines
   * its authors commented out ("# CONGOLESE_ # dups with DRC").
   */
  void addCountryInfo(List<String> lines) {
    Row row = null;
    boolean inNationality = false;
    for (String raw : lines) {
      String line = raw.trim();
      if (line.startsWith("<ISO3166-alpha3>")) {
        row = byIso3.get(line.replaceAll("<[^>]+>", "").trim());
      } else if (line.equals("<Nationality>")) {
        inNationality = true;
      } else if (line.equals("</Nationality>")) {
        inNationality = false;
      } else if (inNationality && row != null && !line.isEmpty() && !line.startsWith("#") && !line.contains("\uFFFD")
          && !line.contains("(") && !line.contains(",")) {
        claim(titleCase(line.replace('_', ' ').trim()), row, row.names);
      }
    }
  }

  /** Wikipedia's demonym table, nat_df.csv and the countries.csv nationality column. */
  void addDemonyms(List<String> wikipedia, List<String> natDf, List<String> countriesCsv) {
    for (String line : wikipedia) {
      String[] f = line.split("\t", -1);
      Row row = f.length >= 3 ? byName.get(Phrases.key(f[0])) : null;
      if (row != null) {
        cleanNames(f[1], false).forEach(a -> claim(a, row, row.demonyms));
        cleanNames(f[2], false).forEach(p -> claim(p, row, row.demonyms));
      }
    }
    for (String line : natDf) {
      String[] f = line.split(",", -1);
      Row row = f.length == 2 ? byIso3.get(f[1].trim()) : null;
      if (row != null) {
        cleanNames(f[0], false).forEach(a -> claim(a, row, row.demonyms));
      }
    }
    for (String line : countriesCsv) {
      String[] f = line.split(",", 4);
      Row row = f.length == 4 ? byIso3.get(f[2]) : null;
      if (row != null) {
        cleanNames(f[3], false).forEach(a -> claim(a, row, row.demonyms));
      }
    }
  }

  private void claim(String phrase, Row row, Set<String> into) {
    String key = Phrases.key(phrase);
    if (key.isEmpty()) {
      return;
    }
    Row old = owner.get(key);
    if (old == null || (old != row && row.population > old.population && !old.name.equals(phrase))) {
      if (old != null) {
        old.names.removeIf(n -> Phrases.key(n).equals(key));
        old.demonyms.removeIf(n -> Phrases.key(n).equals(key));
      }
      owner.put(key, row);
      into.add(phrase);
    } else if (old == row && row.names.stream().noneMatch(n -> Phrases.key(n).equals(key))
        && row.demonyms.stream().noneMatch(n -> Phrases.key(n).equals(key))) {
      into.add(phrase);
    }
  }

  /**
   * The names of a demonym cell without footnote marks and parentheticals; {@code footnoteLetters} also drops a
   * footnote letter after a space ("Southern Irish h").
   */
  static List<String> cleanNames(String cell, boolean footnoteLetters) {
    List<String> names = new ArrayList<>();
    for (String part : BRACKETS.matcher(cell).replaceAll("").split("[,;/]")) {
      String trimmed = part.trim();
      String name = (footnoteLetters ? trimmed.replaceAll("\\s+[a-z]$", "") : trimmed).replaceAll("\\s+", " ");
      if (NAME.matcher(name).matches()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : upper.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }

  List<String> rows() {
    List<String> rows = new ArrayList<>();
    for (Row r : byIso3.values()) {
      rows.add(String.join("\t", r.iso3, r.iso2, r.geonameId, r.name, r.capital, Long.toString(r.population),
          r.continent, String.join("|", r.names), String.join("|", r.demonyms), String.join("|", r.everydayNames),
          String.join("|", r.adjectivals), String.join("|", r.peoples)));
    }
    return rows;
  }
}
