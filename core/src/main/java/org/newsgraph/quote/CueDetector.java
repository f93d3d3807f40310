package org.newsgraph.quote;

import java.util.Locale;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.nlp.Token;

/**
 * Decides whether a verb is an attribution cue: by the inventory's threshold (a fixed share of its uses in PolNeAR
 * train) or, when the configuration asks for it, by the learned {@link CueClassifier} reading the verb in context,
 * verbs that are cues in most of their uses kept either way.
 */
final class CueDetector {

  /** The share of uses as a cue above which the rules trust a verb without further evidence. */
  static final double STRONG_SHARE = 0.5;

  private final CueLexicon lexicon;
  private final CueFeatures features;
  private final CueClassifier classifier;
  private final double minProbability;
  private final double minStrongProbability;

  private CueDetector(CueLexicon lexicon, CueFeatures features, CueClassifier classifier, double minProbability,
      double minStrongProbability) {
    this.lexicon = lexicon;
    this.features = features;
    this.classifier = classifier;
    this.minProbability = minProbability;
    this.minStrongProbability = minStrongProbability;
  }

  static CueDetector of(CueLexicon lexicon, QuoteConfig config) {
    if (!config.learnedCues()) {
      return new CueDetector(lexicon, null, null, 0, 0);
    }
    return new CueDetector(lexicon, CueFeatures.load(), CueClassifier.load(), config.minCueProbability(),
        config.minStrongCueProbability());
  }

  /**
   * How strongly a verb is a cue, for the rules that trust strong cues further: the classifier's probability when
   * it decides, else the share of the verb's uses that are cues in PolNeAR train.
   */
  double strength(ParseView graph, int index) {
    if (classifier == null) {
      return lexicon.verbShare(graph.token(index).lemma().toLowerCase(Locale.ROOT));
    }
    return classifier.probability(features.of(graph, index));
  }

  /** Whether verb {@code index} of the sentence is a cue there. */
  boolean isVerbCue(ParseView graph, int index) {
    Token token = graph.token(index);
    if (!CueFeatures.isCandidate(token)) {
      return false;
    }
    if (classifier == null) {
      return lexicon.isVerb(token.lemma().toLowerCase(Locale.ROOT));
    }
    // A verb that heads a cue in most of its uses in train ("claimed", "cited") stays one when the context is
    // unusual, but not when the classifier is sure it is no cue there ("would ask the council to add"); the
    // classifier adds the long tail and vetoes the rarer words.
    double probability = classifier.probability(features.of(graph, index));
    return probability >= minProbability || probability >= minStrongProbability
        && lexicon.verbShare(token.lemma().toLowerCase(Locale.ROOT)) >= STRONG_SHARE;
  }
}
