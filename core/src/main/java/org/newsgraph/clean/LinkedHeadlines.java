package org.newsgraph.clean;

import org.newsgraph.nlp.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * Spots headlines of other articles that a repost leaves standing alone between story paragraphs. Such a line is
 * long for a subhead (seven words or more), has no final punctuation, is not one quotation, and nearly all its
 * meaningful words are capitalized, as in Title Case. A line starting with a prefix such as {@code Read more:} is one
 * too. Short subheads, pull quotes and one-line paragraphs written as sentences are kept.
 */
final class LinkedHeadlines {

  private static final int MIN_WORDS = 7;
  private static final int MAX_WORDS = 30;
  private static final int MAX_CHARS = 220;
  private static final int MIN_CAPITALIZED = 5;
  private static final double MIN_TITLE_CASE_SHARE = 0.8;
  private static final String PREFIX_SEPARATORS = ":|\u00bb>-\u2013\u2014";

  private final HeadlineShape shape = new HeadlineShape();
  private final Set<String> prefixes = WordList.lowerCased(LinkedHeadlines.class, "linked-headline-prefixes.txt");

  /** Whether {@code paragraph}, standing between story paragraphs, is a linked headline. */
  boolean isLinkedHeadline(Paragraph paragraph) {
    if (!paragraph.isSingleLine()) {
      return false;
    }
    String line = paragraph.text();
    int words = HeadlineShape.words(line);
    if (hasLinkPrefix(line)) {
      return words <= MAX_WORDS;
    }
    if (words < MIN_WORDS || words > MAX_WORDS || line.length() > MAX_CHARS) {
      return false;
    }
    if (HeadlineShape.endsLikeSentence(line) || HeadlineShape.isWhollyQuoted(line)) {
      return false;
    }
    return shape.titleCaseShare(line) >= MIN_TITLE_CASE_SHARE && shape.capitalizedWords(line) >= MIN_CAPITALIZED;
  }

  /** Whether a paragraph reads as story text: it ends like a sentence. */
  static boolean isProse(Paragraph paragraph) {
    String text = paragraph.text();
    return HeadlineShape.endsLikeSentence(text) && HeadlineShape.words(text) >= 4;
  }

  private boolean hasLinkPrefix(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix)) {
        String rest = line.substring(prefix.length()).stripLeading();
        if (!rest.isEmpty() && PREFIX_SEPARATORS.indexOf(rest.charAt(0)) >= 0
            && rest.substring(1).strip().length() > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
