package org.newsgraph.event;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.WordList;

/**
 * Reads what the clause around an event verb says about it: whether it is hypothetical (a modal such as "would",
 * or a condition "if") or planned ("will", "is expected to", "plans to"), and which of its phrases are locative
 * ("in Moscow"). The words live in {@code modality-words.txt}. Immutable and thread-safe.
 */
final class ClauseFacts {

  private static final String RESOURCE = "modality-words.txt";
  /** Relations by which a verb climbs to the verb that governs it ("plans to visit", "will meet and sign"). */
  private static final Set<String> CLIMB = Set.of("xcomp", "conj");
  private static final Set<String> OUTSIDE_CLAUSE = Set.of("nsubj", "nsubj:pass", "csubj", "ccomp", "parataxis",
      "conj", "acl:relcl", "punct");

  private final Map<String, Set<String>> words;

  ClauseFacts() {
    Map<String, Set<String>> read = new HashMap<>();
    for (String line : WordList.lines(ClauseFacts.class, RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(RESOURCE + ": expected KIND<TAB>lemma, found '" + line + "'");
      }
      read.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
    }
    for (String kind : List.of("hypothetical", "conditional", "future", "locative", "obligation", "consent")) {
      if (!read.containsKey(kind)) {
        throw new IllegalStateException(RESOURCE + ": no entries of kind '" + kind + "'");
      }
    }
    this.words = Map.copyOf(read);
  }

  /** A modal of the verb or of a verb it complements or is conjoined to, or a condition on one of them. */
  boolean hypothetical(SentenceGraph graph, int verb) {
    for (int v = verb, guard = 0; v >= 0 && guard < 6; v = graph.head(v), guard++) {
      for (int c : graph.children(v)) {
        String rel = graph.relation(c);
        if ((rel.equals("aux") && is("hypothetical", graph, c)) || (rel.equals("mark") && is("conditional", graph,
            c))) {
          return true;
        }
      }
      if (!CLIMB.contains(graph.relation(v))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the verb itself is a condition ("if they attack"), rather than being put under one. */
  boolean conditioned(SentenceGraph graph, int verb) {
    for (int c : graph.children(verb)) {
      if (graph.relation(c).equals("mark") && is("conditional", graph, c)) {
        return true;
      }
    }
    return false;
  }

  /** A future auxiliary on the verb or a verb it complements, or a governing verb of plan or expectation. */
  boolean future(SentenceGraph graph, int verb) {
    if (headlineInfinitive(graph, verb)) {
      return true; // a headline's "Police to examine shootings link": announced, not done
    }
    for (int v = verb, guard = 0; v >= 0 && guard < 6; v = graph.head(v), guard++) {
      for (int c : graph.children(v)) {
        if (graph.relation(c).equals("aux") && is("future", graph, c)) {
          return true;
        }
      }
      if (v != verb && is("future", graph, v)) {
        return true;
      }
      if (!CLIMB.contains(graph.relation(v))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb is a headline's infinitive: "to" with a subject of its own ("Police to examine…"), at the root
   * or wherever the parser hung a headline run into the first sentence.
   */
  private static boolean headlineInfinitive(SentenceGraph graph, int verb) {
    boolean to = false;
    boolean subject = false;
    for (int c : graph.children(verb)) {
      String rel = graph.relation(c);
      if (rel.equals("mark")) {
        if (!graph.word(c).equalsIgnoreCase("to")) {
          return false; // "for the police to examine…" is a clause of another verb
        }
        to = true;
      }
      subject |= rel.equals("nsubj");
    }
    return to && (subject || graph.relation(verb).equals("root"));
  }

  /**
   * Whether the verb reports an obligation of someone else: a clausal complement with "must" or "should", under a
   * verb that is not one of consent ("agreed that the quotas should be shared" is an agreement).
   */
  boolean reportsObligation(SentenceGraph graph, int verb) {
    if (is("consent", graph, verb)) {
      return false;
    }
    for (int c : graph.children(verb)) {
      if (graph.relation(c).equals("ccomp")) {
        for (int a : graph.children(c)) {
          if (graph.relation(a).equals("aux") && is("obligation", graph, a)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The heads of locative phrases of the verb's clause ("in Moscow"), subjects and embedded clauses left out;
   * for a verb that complements another ("agreed to hold exercises in …") the governing verb's clause counts too.
   */
  BitSet locatives(SentenceGraph graph, int verb) {
    BitSet clause = graph.clause(verb, OUTSIDE_CLAUSE);
    BitSet heads = new BitSet();
    for (int t = clause.nextSetBit(0); t >= 0; t = clause.nextSetBit(t + 1)) {
      if (graph.relation(t).equals("case") && is("locative", graph, t) && graph.head(t) >= 0) {
        heads.set(graph.head(t));
      }
    }
    return heads;
  }

  /** Whether a token is a preposition that places an event ("in", "at"). */
  boolean isLocative(SentenceGraph graph, int token) {
    return is("locative", graph, token);
  }

  private boolean is(String kind, SentenceGraph graph, int token) {
    String lemma = graph.lemma(token);
    String word = graph.word(token).toLowerCase(Locale.ROOT);
    Set<String> set = words.get(kind);
    return set.contains(word) || (lemma != null && set.contains(lemma.toLowerCase(Locale.ROOT)));
  }
}
