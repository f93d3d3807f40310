package org.newsgraph.quote;

/**
 * How the quote stage decides.
 *
 * @param minCueShare a verb is a cue when at least this share of its occurrences in PolNeAR train head a cue
 * @param minCues and when it heads at least this many cues there
 * @param maxScareQuoteWords a quoted fragment of at most this many words that no cue claims is a scare quote or a
 *     title, not a quotation
 */
public record QuoteConfig(double minCueShare, int minCues, int maxScareQuoteWords) {

  public QuoteConfig {
    if (minCueShare < 0 || minCueShare > 1) {
      throw new IllegalArgumentException("minCueShare: must be within [0, 1], was " + minCueShare);
    }
    if (minCues < 1) {
      throw new IllegalArgumentException("minCues: must be at least 1, was " + minCues);
    }
    if (maxScareQuoteWords < 0) {
      throw new IllegalArgumentException("maxScareQuoteWords: must not be negative, was " + maxScareQuoteWords);
    }
  }

  public static QuoteConfig defaults() {
    return new QuoteConfig(0.2, 3, 4);
  }
}
