package org.newsgraph.clean;

import org.newsgraph.nlp.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * What a line looks like: a sentence (ends with sentence punctuation, perhaps inside a closing quote) or a headline
 * (no final punctuation, most words capitalized as in Title Case).
 */
final class HeadlineShape {

  private static final String CLOSERS = "\"'\u201d\u2019)]\u00bb";
  private static final String OPENERS = "\"'\u201c\u2018\u00ab";
  private static final String SENTENCE_ENDS = ".!?\u2026:;,";

  private final Set<String> smallWords = WordList.lowerCased(HeadlineShape.class, "headline-small-words.txt");

  /** Ends with {@code . ! ? … : ; ,}, perhaps followed by closing quotes or brackets. */
  static boolean endsLikeSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0;
  }

  /** Ends with a full stop, a question or exclamation mark or an ellipsis, perhaps followed by closing quotes. */
  static boolean endsWithFullStop(String line) {
    int i = line.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(line.charAt(i)) >= 0;
  }

  /** The whole line is one quotation, like a pull quote: opens with a quote mark and closes with one. */
  static boolean isWhollyQuoted(String line) {
    if (line.length() < 2 || OPENERS.indexOf(line.charAt(0)) < 0 || CLOSERS.indexOf(line.charAt(line.length() - 1)) < 0) {
      return false;
    }
    char open = line.charAt(0);
    char close = open == '\u201c' ? '\u201d' : open == '\u2018' ? '\u2019' : open;
    // a closing mark inside the line ends the quotation early: ‘Let Go’: Troops Flee is a headline, not a quote
    String inner = line.substring(1, line.length() - 1);
    return close == '\u2019' ? !inner.matches(".*\u2019(?![\\p{L}]).*") : inner.indexOf(close) < 0;
  }

  static int words(String line) {
    String s = line.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** Share of the words that carry meaning (not small words like "of", "to") which start with a capital or digit. */
  double titleCaseShare(String line) {
    int significant = 0;
    int capitalized = 0;
    for (String raw : line.split("[\\s\u2014\u2013/]+")) {
      String word = trim(raw);
      if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
        continue;
      }
      if (smallWords.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      significant++;
      if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
        capitalized++;
      }
    }
    return significant == 0 ? 0 : capitalized / (double) significant;
  }

  /** Capitalized words that carry meaning, counted as in {@link #titleCaseShare}. */
  int capitalizedWords(String line) {
    int capitalized = 0;
    for (String raw : line.split("[\\s\u2014\u2013/]+")) {
      String word = trim(raw);
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
          && !smallWords.contains(word.toLowerCase(Locale.ROOT))) {
        capitalized++;
      }
    }
    return capitalized;
  }

  private static String trim(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
      to--;
    }
    return word.substring(from, to);
  }
}
