package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How dictionary phrases and the text's tokens become the coder's words: blanks and underscores separate words,
 * accents and case are folded as the knowledge base folds them ({@link org.newsgraph.kb.Phrases#fold}), and the
 * coder writes its words in upper case, as the dictionaries do.
 */
final class Phrases {

  private Phrases() {}

  /** One word of the text or of a dictionary as the coder compares it: {@code Côte} is {@code COTE}. */
  static String word(String word) {
    return org.newsgraph.kb.Phrases.fold(word).toUpperCase(Locale.ROOT);
  }

  /** The upper-case words of a phrase such as {@code NEW_ZEALAND_} or {@code GROUP OF 77}. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : word(phrase).split("[\\s_]+")) {
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
