package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns actor-dictionary entries into the compiled {@code actors.tsv} rows. */
final class ActorRows {

  private ActorRows() {}

  static List<String> rows(List<ActorDictionaryReader.Entry> entries) {
    List<String> rows = new ArrayList<>();
    for (ActorDictionaryReader.Entry entry : entries) {
      // Country entries ("RUSSIAN_FEDERATION_ [RUS]") list cities as synonyms; countries come from CountryTable.
      if (entry.codes().stream().anyMatch(c -> c.split(" ")[0].length() == 3)) {
        continue;
      }
      List<String> roles = new ArrayList<>();
      for (String code : entry.codes()) {
        int space = code.indexOf(' ');
        String cameo = space < 0 ? code : code.substring(0, space);
        Optional<DateRange> range = DateRange.parseTabari(space < 0 ? "" : code.substring(space + 1));
        if (cameo.matches("[A-Z]{3,15}") && range.isPresent()) {
          roles.add(cameo + "@" + range.get().compact());
        }
      }
      Set<String> keys = new LinkedHashSet<>();
      keys.add(Phrases.key(entry.phrase().replace('_', ' ')));
      entry.synonyms().forEach(s -> keys.add(Phrases.key(s.replace('_', ' '))));
      keys.remove("");
      if (roles.isEmpty() || keys.isEmpty()) {
        continue;
      }
      String comment = entry.comment();
      // Leaders and officials come from CountryInfo or carry dated roles; organizations' codes are undated.
      boolean person = comment.contains("CountryInfo") || comment.contains("rulers")
          || roles.stream().anyMatch(r -> !r.endsWith("@-"));
      rows.add(String.join("\t", person ? "P" : "O", displayName(entry.phrase()), String.join(";", roles),
          String.join("|", keys)));
    }
    return rows;
  }

  private static String displayName(String phrase) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : phrase.replace('_', ' ').trim().toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.';
    }
    return out.toString();
  }
}
