package org.newsgraph.pipeline;

/**
 * Bounds on the work one document may ask of the annotator, checked on the cleaned text before annotation: a
 * document over a bound is rejected with an error record naming the limit, or cut at the last sentence that fits
 * and flagged as truncated, as the user chooses.
 *
 * @param maxTokens the most tokens (words and punctuation marks) one document may have
 * @param maxSentenceTokens the most tokens one sentence may have; a text with no sentence ends (a page of
 *     100,000 spans, a log line) is one sentence, and the parser's and tagger's cost grows with sentence length
 * @param maxHtmlElements the most elements (start tags) an HTML page may have; a page over it is rejected before
 *     cleaning, whose cost grows faster than the page
 * @param truncate whether a document over a bound is cut and flagged ({@code true}) or rejected
 */
public record WorkLimits(int maxTokens, int maxSentenceTokens, int maxHtmlElements, boolean truncate) {

  /** About 35,000 words, ten times a long news feature. */
  public static final int DEFAULT_MAX_TOKENS = 50_000;

  /** News sentences run to 20-60 tokens; a thousand is a list or a page without sentence ends. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 1_000;

  /** Big news pages have 3,000 to 15,000 elements; cleaning 50,000 takes about two seconds. */
  public static final int DEFAULT_MAX_HTML_ELEMENTS = 50_000;

  /** No bound: for callers that vet their texts themselves. */
  public static final WorkLimits NONE = new WorkLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
      false);

  public static final WorkLimits DEFAULTS = new WorkLimits(DEFAULT_MAX_TOKENS, DEFAULT_MAX_SENTENCE_TOKENS,
      DEFAULT_MAX_HTML_ELEMENTS, false);

  public WorkLimits {
    if (maxTokens < 1 || maxSentenceTokens < 1 || maxHtmlElements < 1) {
      throw new IllegalArgumentException("work limits must be at least 1, were " + maxTokens + ", "
          + maxSentenceTokens + " and " + maxHtmlElements);
    }
  }

  public WorkLimits withTruncate(boolean on) {
    return new WorkLimits(maxTokens, maxSentenceTokens, maxHtmlElements, on);
  }
}
