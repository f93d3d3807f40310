package org.newsgraph.kb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The compiler's working table of countries: GeoNames' countries with names and demonyms gathered from the other
 * sources. A phrase several countries claim ("Congolese") goes to the most populous of them.
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

    Row(String[] f) {
      iso2 = f[0];
      iso3 = f[1];
      name = f[4];
      capital = f[5];
      population = Long.parseLong(f[7]);
      continent = f[8];
      geonameId = f[16];
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

  /** Hand-written names: iso3 TAB names separated by |. */
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
      for (String name : f[1].split("\\|")) {
        byName.putIfAbsent(Phrases.key(name), row);
        claim(name, row, row.names);
      }
    }
  }

  /** CountryInfo's country names and its Nationality lists (adjectives and other names mixed). */
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
      } else if (inNationality && row != null && !line.isEmpty() && !line.contains("\uFFFD")
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
        cleanNames(f[1]).forEach(a -> claim(a, row, row.demonyms));
        cleanNames(f[2]).forEach(p -> claim(p, row, row.demonyms));
      }
    }
    for (String line : natDf) {
      String[] f = line.split(",", -1);
      Row row = f.length == 2 ? byIso3.get(f[1].trim()) : null;
      if (row != null) {
        cleanNames(f[0]).forEach(a -> claim(a, row, row.demonyms));
      }
    }
    for (String line : countriesCsv) {
      String[] f = line.split(",", 4);
      Row row = f.length == 4 ? byIso3.get(f[2]) : null;
      if (row != null) {
        cleanNames(f[3]).forEach(a -> claim(a, row, row.demonyms));
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

  private static List<String> cleanNames(String cell) {
    List<String> names = new ArrayList<>();
    for (String part : BRACKETS.matcher(cell).replaceAll("").split("[,;/]")) {
      String name = part.trim().replaceAll("\\s+", " ");
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
          r.continent, String.join("|", r.names), String.join("|", r.demonyms)));
    }
    return rows;
  }
}
