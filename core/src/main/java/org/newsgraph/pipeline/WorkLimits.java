package org.newsgraph.pipeline;

/**
 * Bounds on the work one document may ask of the annotator, checked on the cleaned text before annotation: a
 * document over a bound is rejected with an error record naming the limit, or cut at the last sentence that fits
 * and flagged as truncated, as the user chooses.
 *
 * @param maxTokens the most tokens (words and punctuation marks) one document may have
 * @param maxSentenceTokens the most tokens one sentence may have; a text with no sentence ends (a page of
 *     100,000 spans, a log line) is one sentence, and the parser's and tagger's cost grows with sentence length
 * @param truncate whether a document over a bound is cut and flagged ({@code true}) or rejected
 */
public record WorkLimits(int maxTokens, int maxSentenceTokens, boolean truncate) {

  /** About 35,000 words, ten times a long news feature; the annotator takes about a minute for it on one core. */
  public static final int DEFAULT_MAX_TOKENS = 50_000;

  /** News sentences run to 20-60 tokens; a thousand is a list or a page without sentence ends. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 1_000;

  /** No bound: for callers that vet their texts themselves. */
  public static final WorkLimits NONE = new WorkLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, false);

  public static final WorkLimits DEFAULTS = new WorkLimits(DEFAULT_MAX_TOKENS, DEFAULT_MAX_SENTENCE_TOKENS, false);

  public WorkLimits {
    if (maxTokens < 1 || maxSentenceTokens < 1) {
      throw new IllegalArgumentException("token limits must be at least 1, were " + maxTokens + " and "
          + maxSentenceTokens);
    }
  }

  public WorkLimits withTruncate(boolean on) {
    return new WorkLimits(maxTokens, maxSentenceTokens, on);
  }
}
