package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor dictionaries (the Phoenix {@code *.actors.txt} files): an entry is a phrase at the
 * start of a line, {@code +} lines are its synonyms, and bracketed codes ({@code [RUSGOV >080508]}) on the entry's
 * line or on indented lines below it give its CAMEO codes with optional date restrictions.
 */
final class ActorDictionaryReader {

  private static final Pattern CODE = Pattern.compile("\\[([A-Z~\\-]+)\\s*([^\\]]*)\\]");

  /** One dictionary entry before compilation: phrases with underscores, codes as written. */
  record Entry(String phrase, Set<String> synonyms, List<String> codes, String comment) {}

  private ActorDictionaryReader() {}

  static List<Entry> read(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    String phrase = null;
    Set<String> synonyms = new LinkedHashSet<>();
    List<String> codes = new ArrayList<>();
    String comment = "";
    for (String raw : lines) {
      int hash = raw.indexOf('#');
      String note = hash >= 0 ? raw.substring(hash + 1).trim() : "";
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
      if (line.isBlank()) {
        continue;
      }
      char first = line.charAt(0);
      if (first == '+') {
        if (phrase != null) {
          synonyms.add(cleanPhrase(line.substring(1)));
          codes.addAll(codes(line));
        }
      } else if (Character.isWhitespace(first) && line.trim().startsWith("[")) {
        codes.addAll(codes(line));
      } else {
        if (phrase != null) {
          entries.add(new Entry(phrase, synonyms, codes, comment));
        }
        phrase = cleanPhrase(line.trim());
        synonyms = new LinkedHashSet<>();
        codes = new ArrayList<>(codes(line));
        comment = note;
      }
    }
    if (phrase != null) {
      entries.add(new Entry(phrase, synonyms, codes, comment));
    }
    return entries.stream().filter(e -> !e.phrase().isEmpty() && !e.codes().isEmpty()).toList();
  }

  /** The phrase before any bracket, underscores and spaces as written. */
  private static String cleanPhrase(String text) {
    int bracket = text.indexOf('[');
    String phrase = bracket >= 0 ? text.substring(0, bracket) : text;
    int brace = phrase.indexOf('{');
    if (brace >= 0) {
      phrase = phrase.substring(0, brace);
    }
    return phrase.trim().replaceAll("\\s+", " ");
  }

  private static List<String> codes(String line) {
    List<String> codes = new ArrayList<>();
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      String code = m.group(1).replace("~", "");
      if (!code.isEmpty() && !code.startsWith("-")) {
        codes.add((code + " " + m.group(2).trim()).trim());
      }
    }
    return codes;
  }
}
