package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How dictionary phrases become word lists: blanks and underscores separate words, case is ignored. */
final class Phrases {

  private Phrases() {}

  /** The upper-case words of a phrase such as {@code NEW_ZEALAND_} or {@code GROUP OF 77}. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.toUpperCase(Locale.ROOT).split("[\\s_]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  /** The regular English plural of a noun: -IES after a consonant and Y, -ES after S, X, CH, SH, else -S. */
  static String plural(String word) {
    if (word.endsWith("Y") && word.length() > 1 && "AEIOU".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    if (word.endsWith("S") || word.endsWith("X") || word.endsWith("CH") || word.endsWith("SH")) {
      return word + "ES";
    }
    return word + "S";
  }
}
