package org.newsgraph.clean;

/**
 * Whitespace normalization. {@link #sameLength} keeps every offset in step with the source (one char for one char);
 * {@link #line} makes one line of kept text tidy and may shorten it, which is safe because article text is built
 * from pieces, never addressed by source offsets.
 */
final class Whitespace {

  private Whitespace() {}

  /** No-break, thin, ideographic and other odd spaces and tabs; each becomes one plain space. */
  static boolean isOddSpace(char c) {
    return c == '\u00a0' || c == '\t' || c == '\u000b' || c == '\f' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
        || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }

  /** Invisible characters that only break words apart for the tokenizer: zero-width spaces, joiners, soft hyphens. */
  static boolean isInvisible(char c) {
    return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
  }

  /** The text with each odd space replaced by a plain space: same length, same offsets. */
  static String sameLength(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (isOddSpace(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** One line of kept text: odd spaces made plain, invisible characters dropped, runs of spaces collapsed, stripped. */
  static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (c == ' ' || isOddSpace(c) || c == '\n' || c == '\r') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
