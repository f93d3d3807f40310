package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the PLOVER and Phoenix agent dictionaries ({@code PRESIDENT [~GOV]}) into {@code agents.tsv} rows,
 * expanding their substitution sets ({@code !MINIST!}) and listed plurals; PLOVER's code wins where both have a
 * phrase.
 */
final class AgentRows {

  private static final Pattern SET = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
  private static final Pattern ROW = Pattern.compile("^([^\\[{#]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[~?([A-Z]+)\\]");

  private AgentRows() {}

  static List<String> rows(List<String> plover, List<String> phoenix) {
    Map<String, String> codes = new TreeMap<>();
    read(plover).forEach(codes::putIfAbsent);
    read(phoenix).forEach(codes::putIfAbsent);
    List<String> rows = new ArrayList<>();
    codes.forEach((key, code) -> rows.add(key + "\t" + code));
    return rows;
  }

  private static Map<String, String> read(List<String> lines) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : lines) {
      String t = line.trim();
      if (t.startsWith("#") || t.isEmpty()) {
        continue;
      }
      Matcher set = SET.matcher(t);
      if (set.matches()) {
        sets.put(set.group(1), List.of(set.group(2).split("\\s*,\\s*")));
        continue;
      }
      Matcher row = ROW.matcher(t);
      // NON marks words that look like agents but are none ("the border", "Monday").
      if (!row.find() || row.group(3).equals("NON")) {
        continue;
      }
      List<String> phrases = new ArrayList<>(List.of(row.group(1)));
      if (row.group(2) != null) {
        phrases.addAll(List.of(row.group(2).split("\\s+")));
      }
      for (String phrase : phrases) {
        for (String expanded : expand(phrase, sets)) {
          String key = Phrases.key(expanded.replace('_', ' '));
          if (!key.isEmpty()) {
            codes.putIfAbsent(key, row.group(3));
          }
        }
      }
    }
    return codes;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets) {
    for (Map.Entry<String, List<String>> set : sets.entrySet()) {
      if (phrase.contains(set.getKey())) {
        List<String> out = new ArrayList<>();
        for (String value : set.getValue()) {
          // "!MINIST! OF_X" has a space meaning a word break, "CATTLE!PERSON!" none.
          out.addAll(expand(phrase.replace(set.getKey(), value), sets));
        }
        return out;
      }
    }
    return List.of(phrase);
  }
}
