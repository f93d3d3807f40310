package org.newsgraph.quote;

/**
 * How the quote stage decides.
 *
 * @param minCueShare a verb is a cue when at least this share of its occurrences in PolNeAR train head a cue
 * @param minCues and when it heads at least this many cues there
 * @param maxScareQuoteWords a quoted fragment of at most this many words that no cue claims is a scare quote or a
 *     title, not a quotation
 * @param learnedCues decide verb cues with the learned {@link CueClassifier} instead of the share threshold
 * @param minCueProbability with {@code learnedCues}, a verb is a cue when the classifier gives it at least this
 *     probability
 * @param minStrongCueProbability with {@code learnedCues}, the lower probability that suffices for a verb heading a
 *     cue in at least half of its uses in PolNeAR train ("claimed", "cited"); 0 lets every such verb pass
 * @param learnedSpans move the edges of each content and source to where the learned {@link SpanRefiner} puts
 *     them, instead of keeping the rules' spans
 */
public record QuoteConfig(double minCueShare, int minCues, int maxScareQuoteWords, boolean learnedCues,
    double minCueProbability, double minStrongCueProbability, boolean learnedSpans) {

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
    if (minCueProbability < 0 || minCueProbability > 1) {
      throw new IllegalArgumentException("minCueProbability: must be within [0, 1], was " + minCueProbability);
    }
    if (minStrongCueProbability < 0 || minStrongCueProbability > 1) {
      throw new IllegalArgumentException("minStrongCueProbability: must be within [0, 1], was "
          + minStrongCueProbability);
    }
  }

  /**
   * Verb cues by the learned classifier at its own decision boundary, a verb that is a cue in most of its train uses
   * at 0.3 (chosen on PolNeAR train), as measured in docs/accuracy-quotes.md.
   */
  public static QuoteConfig defaults() {
    return new QuoteConfig(0.2, 3, 4, true, 0.5, 0.3, true);
  }

  /** This configuration deciding verb cues by the inventory's share threshold alone (the earlier rules). */
  public QuoteConfig withInventoryCues() {
    return new QuoteConfig(minCueShare, minCues, maxScareQuoteWords, false, minCueProbability, minStrongCueProbability, learnedSpans);
  }

  /** This configuration deciding verb cues with the learned classifier at {@code probability}. */
  public QuoteConfig withLearnedCues(double probability) {
    return new QuoteConfig(minCueShare, minCues, maxScareQuoteWords, true, probability, minStrongCueProbability, learnedSpans);
  }

  /** This configuration letting a verb that is a cue in most of its train uses pass at {@code probability}. */
  public QuoteConfig withStrongCueProbability(double probability) {
    return new QuoteConfig(minCueShare, minCues, maxScareQuoteWords, learnedCues, minCueProbability, probability,
        learnedSpans);
  }

  /** This configuration keeping the spans the rules find (what the span model is trained to correct). */
  public QuoteConfig withRuleSpans() {
    return new QuoteConfig(minCueShare, minCues, maxScareQuoteWords, learnedCues, minCueProbability, minStrongCueProbability, false);
  }
}
