package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds quoted stretches of a text: curly, straight and single quotation marks, guillemets. A quotation does not
 * cross a paragraph break unless the next paragraph opens with a quotation mark (the convention for a quote running
 * over several paragraphs); a mark never closed ends at its paragraph's end, so it cannot swallow the rest of the
 * text. Nested marks inside a quotation belong to it. An apostrophe opens nothing: not the one of "Clinton's" or
 * "'90s", nor one the tokenizer kept with its word ("'em", "rock 'n' roll").
 */
public final class QuotationMarks {

  private QuotationMarks() {}

  /** The quoted stretches of an annotated text, in text order. */
  public static List<Quotation> find(Annotated annotated) {
    return find(annotated.text(), markedWords(annotated));
  }

  /**
   * Where a token begins with a mark and goes on: the tokenizer knows the apostrophes that belong to a word ("'em",
   * "'n'", "'til"), which a reading of the characters alone would take for opening marks.
   */
  private static BitSet markedWords(Annotated annotated) {
    String text = annotated.text();
    BitSet words = new BitSet();
    for (Token token : annotated.tokens()) {
      if (token.end() - token.start() > markLength(text, token.start()) && isMark(text.charAt(token.start()))) {
        words.set(token.start());
      }
    }
    return words;
  }

  /** Whether {@code c} is a quotation mark, opening or closing (or an apostrophe, which looks the same). */
  public static boolean isMark(char c) {
    return "“”\"‘’'«»„`".indexOf(c) >= 0;
  }

  private static List<Quotation> find(String text, BitSet markedWords) {
    List<Quotation> found = new ArrayList<>();
    int open = -1;
    char expected = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        int next = skipBlank(text, i);
        if (open >= 0) {
          if (next < n && opens(text, next, markedWords) && closerOf(text, next) == expected) {
            i = next + markLength(text, next);
            continue;
          }
          found.add(new Quotation(open, trimEnd(text, i), false));
          open = -1;
        }
        i = next;
        continue;
      }
      if (open < 0) {
        if (opens(text, i, markedWords)) {
          open = i;
          expected = closerOf(text, i);
          i += markLength(text, i);
          continue;
        }
      } else if (isClosing(text, i, expected)) {
        int end = i + markLength(text, i);
        found.add(new Quotation(open, end, true));
        open = -1;
        i = end;
        continue;
      }
      i++;
    }
    if (open >= 0) {
      found.add(new Quotation(open, trimEnd(text, n), false));
    }
    return found;
  }

  private static int skipBlank(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int end) {
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Two straight single quotes stand for one double mark in some sources. */
  private static int markLength(String text, int i) {
    return text.startsWith("''", i) || text.startsWith("``", i) ? 2 : 1;
  }

  private static boolean opens(String text, int i, BitSet markedWords) {
    return isOpening(text, i) && !markedWords.get(i);
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    char after = i + markLength(text, i) < text.length() ? text.charAt(i + markLength(text, i)) : ' ';
    if (Character.isWhitespace(after)) {
      return false;
    }
    return switch (c) {
      case '“', '«', '„', '`' -> true;
      case '"', '\'', '‘' -> startsWord(text, i);
      default -> false;
    };
  }

  /** A straight or single mark opens only where a word may start: not the apostrophe of "Putin's" or "'90s". */
  private static boolean startsWord(String text, int i) {
    char before = i == 0 ? ' ' : text.charAt(i - 1);
    boolean boundary = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0 || before == '“';
    if (!boundary) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '"' || text.startsWith("''", i)) {
      return true;
    }
    int after = i + 1;
    return after < text.length() && !Character.isDigit(text.charAt(after)) && !isAndCutShort(text, i);
  }

  /** The "‘n’" of "rock ‘n’ roll" is "and" with both its apostrophes, however the tokenizer split it. */
  private static boolean isAndCutShort(String text, int i) {
    return i + 2 < text.length() && Character.toLowerCase(text.charAt(i + 1)) == 'n'
        && (text.charAt(i + 2) == '’' || text.charAt(i + 2) == '\'') && endsWord(text, i + 2, 1);
  }

  private static char closerOf(String text, int i) {
    return switch (text.charAt(i)) {
      case '“', '„' -> '”';
      case '«' -> '»';
      case '"' -> '"';
      case '`' -> '\'';
      case '\'' -> text.startsWith("''", i) ? '"' : '’';
      default -> '’';
    };
  }

  private static boolean isClosing(String text, int i, char expected) {
    char c = text.charAt(i);
    return switch (expected) {
      case '”' -> c == '”' || (c == '"' && endsWord(text, i, 1));
      case '»' -> c == '»';
      case '"' -> (c == '"' || text.startsWith("''", i)) && endsWord(text, i, markLength(text, i));
      default -> (c == '’' || c == '\'') && endsWord(text, i, 1);
    };
  }

  /** A closing single mark is followed by a space or punctuation, not a letter ("don’t"). */
  private static boolean endsWord(String text, int i, int length) {
    int after = i + length;
    return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
  }
}
