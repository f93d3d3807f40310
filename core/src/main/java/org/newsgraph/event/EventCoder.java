package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;

/**
 * Codes CAMEO events in annotated sentences with TABARI/PETRARCH dictionaries over the dependency parse: each verb
 * of the verb dictionary, its best-matching pattern (or its block's code), its source (the subject; the
 * {@code by} agent of a passive) and its target (the first actor phrase of the verb's own phrase after it, or
 * where the pattern's {@code $ + %} say). Conjoined actors give one event per pair. Thread-safe and immutable.
 */
public final class EventCoder {

  private static final Set<String> OUTSIDE_VERB_PHRASE = Set.of("conj", "parataxis", "nsubj", "nsubj:pass",
      "csubj", "punct", "advcl", "cc");
  /** Dependents that take a phrase beyond its noun phrase: clauses, conjuncts and parentheticals. */
  private static final Set<String> NOT_NOUN_PHRASE = Set.of("conj", "cc", "acl", "acl:relcl", "parataxis",
      "advcl", "ccomp", "xcomp", "dep", "nsubj", "nsubj:pass", "csubj", "aux", "cop");
  private static final Set<String> NEGATION = Set.of("NOT", "N'T", "NEVER");

  private final EventDictionaries dictionaries;
  private final MentionFinder mentionFinder;
  private final NominalEvents nominal;

  public EventCoder(EventDictionaries dictionaries) {
    this.dictionaries = dictionaries;
    this.mentionFinder = new MentionFinder(dictionaries.actors(), dictionaries.agents());
    this.nominal = new NominalEvents();
  }

  /**
   * Codes one sentence.
   *
   * @param date the date actor codes are looked up on (the article's or the sentence's), or null
   */
  public SentenceCodings code(Annotated annotated, Sentence sentence, LocalDate date, CoderOptions options) {
    return code(annotated, sentence, date, options, List.of());
  }

  /**
   * Codes one sentence, with phrases the document knows to name actors (see {@link KnownPhrase}).
   *
   * @param date the date actor codes are looked up on (the article's or the sentence's), or null
   */
  public SentenceCodings code(Annotated annotated, Sentence sentence, LocalDate date, CoderOptions options,
      List<KnownPhrase> known) {
    return code(new SentenceGraph(annotated, sentence), date, options, known);
  }

  /** Codes one sentence whose graph the caller built and goes on reading (the event stage). */
  SentenceCodings code(SentenceGraph graph, LocalDate date, CoderOptions options, List<KnownPhrase> known) {
    Optional<DiscardList.Hit> discard = dictionaries.discards().find(graph.words());
    if (discard.isPresent()) {
      return new SentenceCodings(List.of(), discard);
    }
    ActorPhraseCoder actors = new ActorPhraseCoder(graph, mentionFinder.find(graph, date, known),
        options.placesAsTargets());
    Set<Coding> codings = new LinkedHashSet<>();
    for (int v = 0; v < graph.size(); v++) {
      if (graph.isVerb(v) || "MD".equals(graph.pos(v))) {
        codeVerb(graph, actors, v, codings, options.placesAsTargets());
      }
    }
    if (options.nominalEvents()) {
      VerbArguments arguments = new VerbArguments(graph, actors, options.placesAsTargets());
      for (NominalEvents.Found found : nominal.find(graph, actors, arguments)) {
        int start = graph.token(found.noun()).start();
        int end = graph.token(found.noun()).end();
        boolean negated = found.lightVerb() >= 0 && negated(graph, found.lightVerb(), null);
        for (ActorPhraseCoder.Coded[] pair : found.pairs()) {
          codings.add(coding(graph, actors, pair[0], pair[1], found.cameo(), start, end, negated, 0));
        }
      }
    }
    List<Coding> kept = new ArrayList<>();
    Set<Coding> readings = new HashSet<>();
    for (Coding coding : codings) {
      // Two verbs may read the same words the same way with patterns of different weights: the first one counts.
      if (readings.add(coding.withWeight(0)) && !selfDirected(coding)
          && (!options.requireDyad() || coding.isDyad())) {
        kept.add(coding);
      }
    }
    return new SentenceCodings(kept, Optional.empty());
  }

  /** Whether a coding's ends are one actor: the same code, unless both are uncoded phrases read apart. */
  private static boolean selfDirected(Coding coding) {
    return coding.source().equals(coding.target()) && !(coding.source().equals(ActorPhraseCoder.NULL)
        && coding.sourcePhrase() != null && !coding.sourcePhrase().equals(coding.targetPhrase()));
  }

  private record Candidate(VerbSense sense, int start, int end, PatternMatch match) {}

  private void codeVerb(SentenceGraph graph, ActorPhraseCoder actors, int v, Set<Coding> out,
      boolean placesAsTargets) {
    List<VerbSense> senses = new ArrayList<>(dictionaries.verbs().senses(graph.word(v), graph.lemma(v)));
    List<Integer> verbWords = new ArrayList<>(Collections.nCopies(senses.size(), v));
    // A multi-word verb may start at the tagged verb: "will not wire tap" with "tap" tagged as a noun.
    for (int k = 1; k <= 2 && v + k < graph.size(); k++) {
      for (VerbSense sense : dictionaries.verbs().senses(graph.word(v + k), graph.lemma(v + k))) {
        if (sense.form().before().size() == k && !graph.isVerb(v + k)) {
          senses.add(sense);
          verbWords.add(v + k);
        }
      }
    }
    if (senses.isEmpty()) {
      return;
    }
    BitSet region = verbPhrase(graph, v);
    PatternMatcher matcher = new PatternMatcher(graph, actors.mentions());
    Candidate best = null;
    Candidate fallback = null;
    for (int n = 0; n < senses.size(); n++) {
      VerbSense sense = senses.get(n);
      int at = verbWords.get(n);
      int start = at - sense.form().before().size();
      int end = at + 1 + sense.form().after().size();
      if (!fits(graph, sense.form().before(), start) || !fits(graph, sense.form().after(), at + 1)) {
        continue;
      }
      if (fallback == null || (fallback.sense().block().defaultCode(fallback.sense().form()).isNull()
          && !sense.block().defaultCode(sense.form()).isNull())) {
        fallback = new Candidate(sense, start, end, null);
      }
      for (VerbPattern pattern : sense.block().patterns()) {
        Optional<PatternMatch> match = matcher.match(pattern, start, end, region);
        if (match.isPresent() && (best == null || pattern.weight() > best.match().pattern().weight())) {
          best = new Candidate(sense, start, end, match.get());
        }
      }
    }
    Candidate chosen = best != null ? best : fallback;
    if (chosen == null) {
      return;
    }
    EventCode code = chosen.match() != null ? chosen.match().pattern().code()
        : chosen.sense().block().defaultCode(chosen.sense().form());
    if (code.isNull()) {
      return;
    }
    emit(graph, actors, v, chosen, code, region, out, placesAsTargets);
  }

  /**
   * The tokens of the verb's own phrase: its subtree without its subject, conjoined verbs, parentheticals and
   * adverbial clauses, except purpose clauses ("to supply Gondor"), which parsers often attach as adverbial.
   */
  private static BitSet verbPhrase(SentenceGraph graph, int v) {
    BitSet region = graph.clause(v, OUTSIDE_VERB_PHRASE);
    for (int c : graph.children(v)) {
      if (graph.relation(c).equals("advcl") && graph.children(c).stream()
          .anyMatch(m -> graph.relation(m).equals("mark") && graph.word(m).equals("TO"))) {
        region.or(graph.subtree(c, Set.of()));
      }
    }
    return region;
  }

  private static boolean fits(SentenceGraph graph, List<String> words, int from) {
    if (from < 0 || from + words.size() > graph.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!graph.matches(from + k, words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private void emit(SentenceGraph graph, ActorPhraseCoder actors, int v, Candidate chosen, EventCode code,
      BitSet region, Set<Coding> out, boolean placesAsTargets) {
    PatternMatch match = chosen.match();
    List<ActorPhraseCoder.Coded[]> pairs = new VerbArguments(graph, actors, placesAsTargets).pairs(v, chosen.start(), chosen.end(), match, region);
    int startToken = chosen.start();
    int endToken = chosen.end() - 1;
    if (match != null) {
      for (int t : match.tokens()) {
        startToken = Math.min(startToken, t);
        endToken = Math.max(endToken, t);
      }
    }
    int start = graph.token(startToken).start();
    int end = graph.token(endToken).end();
    boolean negated = negated(graph, v, match);
    int weight = match == null ? 0 : match.pattern().weight();
    for (ActorPhraseCoder.Coded[] pair : pairs) {
      if (code.forward() != null) {
        out.add(coding(graph, actors, pair[0], pair[1], code.forward(), start, end, negated, weight));
      }
      if (code.reverse() != null) {
        out.add(coding(graph, actors, pair[1], pair[0], code.reverse(), start, end, negated, weight));
      }
    }
  }

  private static Coding coding(SentenceGraph graph, ActorPhraseCoder actors, ActorPhraseCoder.Coded source,
      ActorPhraseCoder.Coded target, String cameo, int start, int end, boolean negated, int weight) {
    return new Coding(source.code(), target.code(), cameo, start, end, negated, phrase(graph, actors,
        source.token()), phrase(graph, actors, target.token()), weight);
  }

  private static ActorPhrase phrase(SentenceGraph graph, ActorPhraseCoder actors, int token) {
    if (token < 0) {
      return null;
    }
    int head = actors.phraseHead(token);
    BitSet span = graph.subtree(head, NOT_NOUN_PHRASE);
    int first = span.nextSetBit(0);
    int last = span.length() - 1;
    return new ActorPhrase(graph.token(token).start(), graph.token(token).end(), graph.token(head).start(),
        graph.token(head).end(), graph.token(first).start(), graph.token(last).end());
  }

  private static boolean negated(SentenceGraph graph, int v, PatternMatch match) {
    for (int c : graph.children(v)) {
      if (NEGATION.contains(graph.word(c)) && (match == null || !match.tokens().contains(c))) {
        return true;
      }
    }
    return false;
  }
}
