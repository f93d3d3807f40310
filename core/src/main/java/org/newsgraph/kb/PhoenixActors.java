package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.event.ActorEntry;
import org.newsgraph.event.DatedCode;

/**
 * The knowledge base's people and organizations, taken from the Phoenix actor dictionaries the event coder codes
 * with ({@link org.newsgraph.event.EventModel#actorDictionaries}, read by the one reader of their format), so that
 * the two stages know one set of names and one set of dated codes. Country records are left out: countries come
 * from the country table.
 */
final class PhoenixActors {

  private PhoenixActors() {}

  /**
   * One row per dictionary record that codes a person or an organization, sorted: kind ({@code P} person, {@code O}
   * organization), display name, roles ({@code CODE@from-to}, {@code ;} between), lookup keys ({@code |} between).
   */
  static Set<String> rows(List<List<ActorEntry>> dictionaries) {
    Set<String> rows = new TreeSet<>();
    for (List<ActorEntry> file : dictionaries) {
      List<ActorEntry> record = new ArrayList<>();
      for (ActorEntry entry : file) {
        if (!record.isEmpty() && entry.line() != record.get(0).line()) {
          row(record).ifPresent(rows::add);
          record.clear();
        }
        record.add(entry);
      }
      if (!record.isEmpty()) {
        row(record).ifPresent(rows::add);
      }
    }
    return rows;
  }

  /** The row of one record (its phrase and synonyms, which share their codes), if it codes someone. */
  private static java.util.Optional<String> row(List<ActorEntry> record) {
    List<DatedCode> codes = new ArrayList<>();
    String undated = record.get(0).codes().defaultCode();
    if (undated != null) {
      codes.add(new DatedCode(undated, null, null));
    }
    codes.addAll(record.get(0).codes().restrictions());
    List<String> roles = new ArrayList<>();
    boolean dated = false;
    for (DatedCode code : codes) {
      String cameo = code.code().replace("~", "");
      if (cameo.isEmpty() || cameo.startsWith("-")) {
        continue;
      }
      // Country records ("RUSSIAN_FEDERATION_ [RUS]") list cities as synonyms.
      if (cameo.length() == 3) {
        return java.util.Optional.empty();
      }
      if (cameo.matches("[A-Z]{3,15}")) {
        DateRange range = new DateRange(code.from(), code.to());
        roles.add(cameo + "@" + range.compact());
        dated |= !range.undated();
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (ActorEntry entry : record) {
      keys.add(Phrases.key(String.join(" ", entry.words())));
    }
    keys.remove("");
    if (roles.isEmpty() || keys.isEmpty()) {
      return java.util.Optional.empty();
    }
    // Leaders and officials carry dated roles; organizations' codes are undated.
    return java.util.Optional.of(String.join("\t", dated ? "P" : "O", displayName(record.get(0).primary()),
        String.join(";", roles), String.join("|", keys)));
  }

  private static String displayName(List<String> words) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : String.join(" ", words).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.';
    }
    return out.toString();
  }
}
