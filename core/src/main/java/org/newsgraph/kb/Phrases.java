package org.newsgraph.kb;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalization every knowledge-base phrase and every looked-up name goes through, so that "U.S.",
 * "US", "Côte d'Ivoire" and "VLADIMIR_PUTIN_" meet their entries: accents and periods dropped, underscores,
 * hyphens and other punctuation made spaces, lower case, a leading "the" dropped.
 */
public final class Phrases {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Phrases() {}

  /**
   * A text with its accents dropped and its case folded to lower case: what the knowledge base's keys and the event
   * coder's dictionary words both start from, so that "Côte", "COTE" and "cote" are one word to every stage.
   */
  public static String fold(String text) {
    String plain = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    return plain.toLowerCase(Locale.ROOT);
  }

  /** The lookup key of a phrase; empty when it has no letters or digits. */
  public static String key(String phrase) {
    String plain = fold(phrase).replace(".", "").replace("'", "").replace("’", "");
    String key = NOT_WORD.matcher(plain).replaceAll(" ").trim();
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}
