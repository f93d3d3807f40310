package org.newsgraph.pipeline;

/**
 * Counts tokens and sentences in a text cheaply and in one pass, the way the annotator will split it closely enough
 * to bound its work: a token is a run of letters and digits (with the apostrophes, points and hyphens inside it) or
 * one other visible character; a sentence ends at {@code .}, {@code !} or {@code ?} before whitespace, or at a
 * blank line.
 */
final class TextMeasure {

  /**
   * Where a text first goes over the limits, or null when it stays within them.
   *
   * @param limit {@code max-tokens} or {@code max-sentence-tokens}
   * @param cut the end of the last whole sentence before the limit was passed (0 when none fits)
   * @param counted the tokens counted up to the point the limit was passed (a lower bound on the total)
   */
  record Overrun(String limit, int max, int cut, long counted) {}

  /** Closing quotes and brackets that may stand between a sentence's last mark and the space after it. */
  private static final String CLOSERS = "\"'\u201d\u2019)]";

  private TextMeasure() {}

  static Overrun overrun(String text, WorkLimits limits) {
    long tokens = 0;
    int sentenceTokens = 0;
    int lastSentenceEnd = 0;
    int newlines = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (c == '\n' && ++newlines >= 2 && sentenceTokens > 0) {
          lastSentenceEnd = i;
          sentenceTokens = 0;
        }
        i++;
        continue;
      }
      newlines = 0;
      int end = Character.isLetterOrDigit(c) ? wordEnd(text, i) : i + Character.charCount(text.codePointAt(i));
      int sentenceEnd = -1;
      if (c == '.' || c == '!' || c == '?') {
        int after = end;
        while (after < n && CLOSERS.indexOf(text.charAt(after)) >= 0) {
          after++;
        }
        if (after >= n || Character.isWhitespace(text.charAt(after))) {
          sentenceEnd = after;
        }
      }
      // The closing quotes after a sentence's last mark belong to it: a cut there keeps them.
      int count = sentenceEnd < 0 ? 1 : 1 + sentenceEnd - end;
      for (int k = 0; k < count; k++) {
        tokens++;
        sentenceTokens++;
        if (sentenceTokens > limits.maxSentenceTokens()) {
          return new Overrun("max-sentence-tokens", limits.maxSentenceTokens(), lastSentenceEnd, tokens);
        }
        if (tokens > limits.maxTokens()) {
          return new Overrun("max-tokens", limits.maxTokens(), lastSentenceEnd, tokens);
        }
      }
      if (sentenceEnd >= 0) {
        lastSentenceEnd = sentenceEnd;
        sentenceTokens = 0;
        end = sentenceEnd;
      }
      i = end;
    }
    return null;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '\u2019' || c == '.' || c == '-' || c == ',') && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }
}
