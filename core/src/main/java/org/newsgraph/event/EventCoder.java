package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
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

  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj");
  private static final Set<String> OBJECT = Set.of("obj", "iobj");
  private static final Set<String> OUTSIDE_VERB_PHRASE = Set.of("conj", "parataxis", "nsubj", "nsubj:pass",
      "csubj", "punct", "advcl", "cc");
  private static final Set<String> NEGATION = Set.of("NOT", "N'T", "NEVER");

  private final EventDictionaries dictionaries;
  private final MentionFinder mentionFinder;

  public EventCoder(EventDictionaries dictionaries) {
    this.dictionaries = dictionaries;
    this.mentionFinder = new MentionFinder(dictionaries.actors(), dictionaries.agents());
  }

  /**
   * Codes one sentence.
   *
   * @param date the date actor codes are looked up on (the article's or the sentence's), or null
   */
  public SentenceCodings code(Annotated annotated, Sentence sentence, LocalDate date, CoderOptions options) {
    SentenceGraph graph = new SentenceGraph(annotated, sentence);
    Optional<DiscardList.Hit> discard = dictionaries.discards().find(graph.words());
    if (discard.isPresent()) {
      return new SentenceCodings(List.of(), discard);
    }
    ActorPhraseCoder actors = new ActorPhraseCoder(graph, mentionFinder.find(graph, date));
    Set<Coding> codings = new LinkedHashSet<>();
    for (int v = 0; v < graph.size(); v++) {
      if (graph.isVerb(v) || "MD".equals(graph.pos(v))) {
        codeVerb(graph, actors, v, codings);
      }
    }
    List<Coding> kept = new ArrayList<>();
    for (Coding coding : codings) {
      if (!coding.source().equals(coding.target()) && (!options.requireDyad() || coding.isDyad())) {
        kept.add(coding);
      }
    }
    return new SentenceCodings(kept, Optional.empty());
  }

  private record Candidate(VerbSense sense, int start, int end, PatternMatch match) {}

  private void codeVerb(SentenceGraph graph, ActorPhraseCoder actors, int v, Set<Coding> out) {
    List<VerbSense> senses = new ArrayList<>(dictionaries.verbs().senses(graph.word(v), graph.lemma(v)));
    List<Integer> verbWords = new ArrayList<>(java.util.Collections.nCopies(senses.size(), v));
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
    emit(graph, actors, v, chosen, code, region, out);
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
      BitSet region, Set<Coding> out) {
    PatternMatch match = chosen.match();
    List<String[]> pairs = new ArrayList<>();
    if (match != null && match.isBefore(PatternElement.Kind.COMPOUND)) {
      List<String> members = subjectCodes(graph, actors, v);
      for (String a : members) {
        for (String b : members) {
          pairs.add(new String[] {a, b});
        }
      }
    } else {
      List<String> sources = null;
      List<String> targets = null;
      boolean targetIsSubject = false;
      if (match != null) {
        if (match.isBefore(PatternElement.Kind.TARGET)) {
          int bound = match.before().get(PatternElement.Kind.TARGET);
          targetIsSubject = bound == chosen.start();
          targets = targetIsSubject ? subjectCodes(graph, actors, v) : lastActorBefore(actors, bound);
        }
        if (match.isBefore(PatternElement.Kind.SOURCE)) {
          sources = lastActorBefore(actors, match.before().get(PatternElement.Kind.SOURCE));
        }
        if (match.isAfter(PatternElement.Kind.SOURCE)) {
          sources = firstActorFrom(actors, match.after().get(PatternElement.Kind.SOURCE), region);
        }
        for (PatternElement.Kind kind : List.of(PatternElement.Kind.TARGET, PatternElement.Kind.COMPOUND)) {
          if (match.isAfter(kind)) {
            targets = firstActorFrom(actors, match.after().get(kind), region);
          }
        }
      }
      int passiveSubject = graph.child(v, Set.of("nsubj:pass"));
      int agent = byAgent(graph, v);
      if (sources == null && targets == null && passiveSubject >= 0 && agent >= 0) {
        sources = actors.codes(agent);
        targets = actors.codes(passiveSubject);
      }
      if (sources == null) {
        sources = targetIsSubject ? governingSubject(graph, actors, v) : subjectCodes(graph, actors, v);
      }
      if (targets == null) {
        boolean sourceMoved = match != null && match.isAfter(PatternElement.Kind.SOURCE);
        targets = sourceMoved ? subjectCodes(graph, actors, v) : firstActorFrom(actors, chosen.end(), region);
      }
      for (String s : orNull(sources)) {
        for (String t : orNull(targets)) {
          pairs.add(new String[] {s, t});
        }
      }
    }
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
    for (String[] pair : pairs) {
      if (code.forward() != null) {
        out.add(new Coding(pair[0], pair[1], code.forward(), start, end, negated));
      }
      if (code.reverse() != null) {
        out.add(new Coding(pair[1], pair[0], code.reverse(), start, end, negated));
      }
    }
  }

  private static List<String> orNull(List<String> codes) {
    return codes.isEmpty() ? List.of(ActorPhraseCoder.NULL) : codes;
  }

  /** The codes of the verb's subject; an uncoded pronoun or a missing subject is taken from the governing verb. */
  private List<String> subjectCodes(SentenceGraph graph, ActorPhraseCoder actors, int v) {
    for (int guard = 0; v >= 0 && guard < 8; guard++) {
      int subject = graph.child(v, SUBJECT);
      if (subject >= 0 && graph.relation(subject).equals("csubj")) {
        return subjectCodes(graph, actors, subject);
      }
      if (subject >= 0) {
        List<String> codes = actors.codes(subject);
        if (!codes.isEmpty() || !isPronoun(graph, subject)) {
          return codes;
        }
      }
      String relation = graph.relation(v);
      int head = graph.head(v);
      if (head < 0) {
        return List.of();
      }
      if (relation.startsWith("acl")) {
        return actors.codes(head);
      }
      if (relation.equals("xcomp") && subject < 0) {
        int object = graph.child(head, OBJECT);
        if (object >= 0) {
          return actors.codes(object);
        }
      }
      if (subject >= 0 || Set.of("xcomp", "conj", "ccomp", "advcl").contains(relation)) {
        v = head;
      } else {
        return List.of();
      }
    }
    return List.of();
  }

  private List<String> governingSubject(SentenceGraph graph, ActorPhraseCoder actors, int v) {
    int head = graph.head(v);
    return head < 0 ? List.of() : subjectCodes(graph, actors, head);
  }

  private static boolean isPronoun(SentenceGraph graph, int token) {
    String pos = graph.pos(token);
    return pos != null && (pos.startsWith("PRP") || pos.startsWith("WP") || pos.equals("WDT"));
  }

  /** The passive's agent: the {@code by} phrase ({@code obl:agent}, or {@code obl} with case {@code by}). */
  private static int byAgent(SentenceGraph graph, int v) {
    for (int c : graph.children(v)) {
      if (graph.relation(c).equals("obl:agent")) {
        return c;
      }
      if (graph.relation(c).equals("obl")) {
        for (int cc : graph.children(c)) {
          if (graph.relation(cc).equals("case") && graph.word(cc).equals("BY")) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** The codes of the last actor or agent phrase ending at or before {@code bound}. */
  private static List<String> lastActorBefore(ActorPhraseCoder actors, int bound) {
    List<Mention> mentions = actors.mentions();
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.end() <= bound) {
        List<String> codes = actors.codes(actors.phraseHead(m.head()));
        if (!codes.isEmpty()) {
          return codes;
        }
      }
    }
    return List.of();
  }

  /** The codes of the first actor or agent phrase at or after {@code from} within the verb's phrase. */
  private static List<String> firstActorFrom(ActorPhraseCoder actors, int from, BitSet region) {
    for (Mention m : actors.mentions()) {
      if (m.start() >= from && region.get(m.head())) {
        List<String> codes = actors.codes(actors.phraseHead(m.head()));
        if (!codes.isEmpty()) {
          return codes;
        }
      }
    }
    return List.of();
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
