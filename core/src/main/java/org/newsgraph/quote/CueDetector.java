package org.newsgraph.quote;

import java.util.Locale;
import java.util.Set;
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

  /** Entity classes of a subject that is a body or a place, never one person: who decides by a vote. */
  private static final Set<String> COLLECTIVE = Set.of("ORGANIZATION", "LOCATION", "CITY", "STATE_OR_PROVINCE",
      "COUNTRY");

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
    if (isDecisionByBody(graph, index)) {
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

  /**
   * Whether verb {@code index} is a body's decision ("The commission voted 5-2", "The authority rejected that idea",
   * "The council agreed to expand"): PolNeAR marks such acts as attributions, a reader sees no one quoted. A clause
   * saying what was agreed ("agreed that the plan was flawed") keeps the verb a cue, and so does an agreement
   * with someone.
   */
  private boolean isDecisionByBody(ParseView graph, int index) {
    String lemma = graph.token(index).lemma().toLowerCase(Locale.ROOT);
    if (!lexicon.isDecision(lemma)) {
      return false;
    }
    boolean act = false;
    for (int child : graph.children(index)) {
      String relation = graph.relation(child);
      if (relation.equals("ccomp")) {
        return false;
      }
      act |= relation.equals("xcomp");
    }
    // "agreed with the critics" is an opinion; "agreed to expand the program" a decision.
    if (lemma.equals("agree") && !act) {
      return false;
    }
    int subject = subject(graph, index);
    return subject >= 0 && isBody(graph, subject);
  }

  /**
   * Who acts at a verb: its subject, the agent of a passive, or the subject of the verb it is joined to ("rejected
   * …, but agreed to expand"), looking past a noun the parse hung the conjunct on.
   */
  private static int subject(ParseView graph, int index) {
    int node = index;
    for (int step = 0; step < 4 && node >= 0; step++) {
      int subject = graph.child(node, "nsubj");
      if (subject >= 0 && !graph.relation(subject).equals("nsubj:pass")) {
        return subject;
      }
      int agent = graph.child(node, "obl:agent");
      if (subject >= 0 || agent >= 0) {
        return agent;
      }
      String relation = graph.relation(node);
      boolean joined = relation.equals("conj") || relation.equals("xcomp");
      node = joined || node != index && !graph.token(node).pos().startsWith("VB") ? graph.governor(node) : -1;
    }
    return -1;
  }

  /** A subject naming a body or place, not a person ("Supreme Court Justice Frank Nervo" is a judge). */
  private boolean isBody(ParseView graph, int subject) {
    for (int child : graph.children(subject)) {
      String relation = graph.relation(child);
      if ((relation.startsWith("flat") || relation.startsWith("compound") || relation.equals("appos"))
          && graph.token(child).ner().equals("PERSON")) {
        return false;
      }
    }
    Token token = graph.token(subject);
    return COLLECTIVE.contains(token.ner()) || token.pos().startsWith("NN") && lexicon.isBody(token.lemma());
  }
}
