package org.newsgraph.time;

import org.newsgraph.nlp.WordList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the time corrections read, from the resource files beside this class (each documented in its
 * header).
 */
record TimeWords(Set<String> properTimeWords, Set<String> countNouns, Set<String> ordinalWords,
    Set<String> fiscalModifiers, Map<String, Integer> yearOffsets, Set<String> futureCues, Set<String> directionWords,
    Set<String> monthNames, Set<String> notTimes) {

  private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d+(st|nd|rd|th)");

  static TimeWords load() {
    Map<String, Integer> offsets = new HashMap<>();
    for (String line : WordList.lines(TimeWords.class, "year-offsets.txt")) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("year-offsets.txt: expected 'word offset', got '" + line + "'");
      }
      offsets.put(parts[0], Integer.parseInt(parts[1]));
    }
    return new TimeWords(set("proper-time-words.txt"), set("count-nouns.txt"), set("ordinal-words.txt"),
        set("fiscal-years.txt"), Map.copyOf(offsets), set("future-cues.txt"), set("direction-words.txt"),
        set("month-names.txt"), set("not-times.txt"));
  }

  private static Set<String> set(String resource) {
    List<String> lines = WordList.lines(TimeWords.class, resource);
    return Set.copyOf(lines);
  }

  boolean isOrdinal(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return ORDINAL_DIGITS.matcher(lower).matches() || ordinalWords.contains(lower);
  }
}
