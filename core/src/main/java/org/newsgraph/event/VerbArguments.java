package org.newsgraph.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who did it and to whom for one verb of a sentence: the subject (climbing to the governing verb for a
 * missing subject or an uncoded pronoun), the {@code by} agent of a passive, the first actor phrase of the verb's
 * own phrase after it, or where a pattern's {@code $}, {@code +} and {@code %} markers point.
 */
final class VerbArguments {

  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj");
  private static final Set<String> OBJECT = Set.of("obj", "iobj");
  /** Nouns of fighting whose "by" or "between" phrase says who fought (lemmas). */
  private static final Set<String> FIGHTING = Set.of("attack", "clash", "fighting", "fight", "ambush", "strike",
      "airstrike", "raid", "bombing", "bombardment", "shelling", "assault", "offensive", "firefight", "gunfight",
      "battle", "skirmish", "crossfire");
  /** Prepositions of place, for {@link CoderOptions#placesAsTargets()}. */
  private static final Set<String> PLACE = Set.of("IN");

  private final SentenceGraph graph;
  private final ActorPhraseCoder actors;
  private final boolean placesAsTargets;

  VerbArguments(SentenceGraph graph, ActorPhraseCoder actors, boolean placesAsTargets) {
    this.graph = graph;
    this.actors = actors;
    this.placesAsTargets = placesAsTargets;
  }

  /**
   * The (source, target) code pairs of the verb phrase {@code [verbStart, verbEnd)} headed by {@code v};
   * {@code ---} stands for a missing actor.
   *
   * @param match the pattern that matched, or null when the verb's default code applies
   * @param region the tokens of the verb's own phrase
   */
  List<ActorPhraseCoder.Coded[]> pairs(int v, int verbStart, int verbEnd, PatternMatch match, BitSet region) {
    List<ActorPhraseCoder.Coded[]> pairs = new ArrayList<>();
    if (match != null && match.isBefore(PatternElement.Kind.COMPOUND)) {
      List<ActorPhraseCoder.Coded> members = subjectCodes(v);
      for (ActorPhraseCoder.Coded a : members) {
        for (ActorPhraseCoder.Coded b : members) {
          pairs.add(new ActorPhraseCoder.Coded[] {a, b});
        }
      }
    } else {
      List<ActorPhraseCoder.Coded> sources = null;
      List<ActorPhraseCoder.Coded> targets = null;
      boolean targetIsSubject = false;
      if (match != null) {
        if (match.isBefore(PatternElement.Kind.TARGET)) {
          int bound = match.before().get(PatternElement.Kind.TARGET);
          targetIsSubject = bound == verbStart;
          targets = targetIsSubject ? subjectCodes(v) : lastActorBefore(bound);
        }
        if (match.isBefore(PatternElement.Kind.SOURCE)) {
          sources = lastActorBefore(match.before().get(PatternElement.Kind.SOURCE));
        }
        if (match.isAfter(PatternElement.Kind.SOURCE)) {
          sources = firstActorFrom(match.after().get(PatternElement.Kind.SOURCE), region, true);
        }
        for (PatternElement.Kind kind : List.of(PatternElement.Kind.TARGET, PatternElement.Kind.COMPOUND)) {
          if (match.isAfter(kind)) {
            targets = firstActorFrom(match.after().get(kind), region, true);
          }
        }
      }
      int passiveSubject = graph.child(v, Set.of("nsubj:pass"));
      int agent = byAgent(v);
      if (sources == null && targets == null && passiveSubject >= 0 && agent >= 0) {
        sources = actors.coded(agent);
        targets = actors.coded(passiveSubject);
      }
      int[] fighting = passiveSubject >= 0 && agent < 0 ? nominalAgent(graph, v) : null;
      if (sources == null && targets == null && fighting != null) {
        // "were killed in attacks by Pakistani jets": the attackers did it to the subject; "in clashes between
        // soldiers and militants": both sides fought, and the dead are neither's target
        sources = actors.coded(fighting[0]);
        targets = fighting[1] == 1 ? actors.coded(passiveSubject) : List.of();
      }
      if (sources == null) {
        sources = targetIsSubject ? governingSubject(v) : subjectCodes(v);
      }
      if (targets == null) {
        boolean sourceMoved = match != null && match.isAfter(PatternElement.Kind.SOURCE);
        targets = sourceMoved ? subjectCodes(v) : firstActorFrom(verbEnd, region, placesAsTargets);
      }
      for (ActorPhraseCoder.Coded s : orNull(sources)) {
        for (ActorPhraseCoder.Coded t : orNull(targets)) {
          pairs.add(new ActorPhraseCoder.Coded[] {s, t});
        }
      }
    }
    return pairs;
  }

  /** The codes of a verb's subject, as its events read it (an uncoded pronoun climbs to the governing verb). */
  List<ActorPhraseCoder.Coded> subject(int verb) {
    return subjectCodes(verb);
  }

  private static List<ActorPhraseCoder.Coded> orNull(List<ActorPhraseCoder.Coded> codes) {
    return codes.isEmpty() ? List.of(new ActorPhraseCoder.Coded(ActorPhraseCoder.NULL, -1)) : codes;
  }

  /** The codes of the verb's subject; an uncoded pronoun or a missing subject is taken from the governing verb. */
  private List<ActorPhraseCoder.Coded> subjectCodes(int verb) {
    int[] pronoun = {-1};
    List<ActorPhraseCoder.Coded> codes = subjectCodes(verb, pronoun, 0);
    // An uncoded subject still names who acted: the event stage may know it as a document entity.
    return codes.isEmpty() && pronoun[0] >= 0 ? List.of(new ActorPhraseCoder.Coded(ActorPhraseCoder.NULL,
        pronoun[0])) : codes;
  }

  private List<ActorPhraseCoder.Coded> subjectCodes(int verb, int[] uncoded, int depth) {
    if (depth > 4) {
      return List.of(); // a clausal subject whose own subject climbs back to this verb
    }
    int v = verb;
    for (int guard = 0; v >= 0 && guard < 8; guard++) {
      int subject = graph.child(v, SUBJECT);
      if (subject >= 0 && graph.relation(subject).equals("csubj")) {
        return subjectCodes(subject, uncoded, depth + 1);
      }
      if (subject >= 0) {
        List<ActorPhraseCoder.Coded> codes = actors.coded(subject);
        if (!codes.isEmpty()) {
          return codes;
        }
        if (uncoded[0] < 0) {
          uncoded[0] = subject;
        }
        if (!isPronoun(subject)) {
          return codes;
        }
      }
      String relation = graph.relation(v);
      int head = graph.head(v);
      if (head < 0) {
        return List.of();
      }
      if (relation.startsWith("acl")) {
        return actors.coded(head);
      }
      if (relation.equals("xcomp") && subject < 0) {
        int object = graph.child(head, OBJECT);
        if (object >= 0) {
          return actors.coded(object);
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

  private List<ActorPhraseCoder.Coded> governingSubject(int v) {
    int head = graph.head(v);
    return head < 0 ? List.of() : subjectCodes(head);
  }

  private boolean isPronoun(int token) {
    String pos = graph.pos(token);
    return pos != null && (pos.startsWith("PRP") || pos.startsWith("WP") || pos.equals("WDT"));
  }

  /**
   * Who a passive's violence came from when a noun of fighting names it ("killed in an ambush by the Taliban",
   * "wounded in clashes between soldiers and militants"): {@code {phrase head, 1}} for a {@code by} phrase,
   * {@code {phrase head, 0}} for the sides of a {@code between} phrase; null when there is none.
   */
  static int[] nominalAgent(SentenceGraph graph, int verb) {
    for (int c : graph.children(verb)) {
      if (!graph.relation(c).equals("obl") || !FIGHTING.contains(graph.lemma(c).toLowerCase(java.util.Locale.ROOT))
          || !hasCase(graph, c, "IN")) {
        continue;
      }
      for (int n : graph.children(c)) {
        if (graph.relation(n).equals("nmod") && hasCase(graph, n, "BY")) {
          return new int[] {n, 1};
        }
        if (graph.relation(n).equals("nmod") && hasCase(graph, n, "BETWEEN")) {
          return new int[] {n, 0};
        }
      }
    }
    return null;
  }

  private static boolean hasCase(SentenceGraph graph, int token, String word) {
    for (int c : graph.children(token)) {
      if (graph.relation(c).equals("case") && graph.word(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The passive's agent: the {@code by} phrase ({@code obl:agent}, or {@code obl} with case {@code by}). */
  private int byAgent(int v) {
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
  private List<ActorPhraseCoder.Coded> lastActorBefore(int bound) {
    List<Mention> mentions = actors.mentions();
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.end() <= bound) {
        List<ActorPhraseCoder.Coded> codes = actors.coded(actors.phraseHead(m.head()));
        if (!codes.isEmpty()) {
          return codes;
        }
      }
    }
    return List.of();
  }

  /** Whether a phrase says where ("in Berlin"); "at" is left alone, it also aims ("fired at Seoul"). */
  private boolean isPlace(int phraseHead) {
    for (int c : graph.children(phraseHead)) {
      if (graph.relation(c).equals("case") && PLACE.contains(graph.word(c))) {
        return true;
      }
    }
    return false;
  }

  /** The codes of the first actor or agent phrase at or after {@code from} within the verb's phrase. */
  private List<ActorPhraseCoder.Coded> firstActorFrom(int from, BitSet region, boolean places) {
    List<ActorPhraseCoder.Coded> found = firstActorIn(from, region, places);
    // A place is the target only when no other actor is: "set up a centre in Tokyo", but "met in Berlin with…".
    return found.isEmpty() && !places ? firstActorIn(from, region, true) : found;
  }

  private List<ActorPhraseCoder.Coded> firstActorIn(int from, BitSet region, boolean places) {
    for (Mention m : actors.mentions()) {
      if (m.start() >= from && region.get(m.head()) && (places || !isPlace(actors.phraseHead(m.head())))) {
        List<ActorPhraseCoder.Coded> codes = actors.coded(actors.phraseHead(m.head()));
        if (!codes.isEmpty()) {
          return codes;
        }
      }
    }
    return List.of();
  }

}
