package org.newsgraph.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes a noun phrase from the actor and agent phrases inside it: the first actor (with the actors conjoined to
 * it) combined with the phrase's agents, e.g. {@code Gondor's main opposition group} → {@code GONMOP}; a phrase
 * with agents only gets the null actor {@code ---}. Conjoined phrases yield one code per conjunct; a conjunct with
 * agents only takes the actors of a later conjunct ({@code lawmakers and officials in Fornost}).
 */
final class ActorPhraseCoder {

  /** The null actor code, as PETRARCH writes it. */
  static final String NULL = "---";

  private static final Set<String> OUTSIDE_PHRASE = Set.of("conj", "cc", "punct", "acl:relcl", "acl", "appos",
      "parataxis", "advcl", "ccomp", "xcomp", "dep", "nsubj", "nsubj:pass", "csubj", "aux", "cop");
  private static final Set<String> INSIDE_NOMINAL = Set.of("compound", "flat", "amod", "nmod:poss", "det",
      "nummod", "case", "fixed", "compound:prt");

  private final SentenceGraph graph;
  private final List<Mention> mentions;

  ActorPhraseCoder(SentenceGraph graph, List<Mention> mentions) {
    this.graph = graph;
    this.mentions = mentions;
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The head of the noun phrase that holds a token (climbing compounds, modifiers and possessors). */
  int phraseHead(int token) {
    int t = token;
    while (graph.head(t) >= 0 && INSIDE_NOMINAL.contains(graph.relation(t))) {
      t = graph.head(t);
    }
    return t;
  }

  /** The codes of the noun phrase headed by {@code head}, one per actor found; empty when it has none. */
  List<String> codes(int head) {
    List<Integer> conjuncts = new ArrayList<>();
    collectConjuncts(head, conjuncts);
    List<List<String>> actorsOf = new ArrayList<>();
    List<Integer> actorStart = new ArrayList<>();
    List<List<AgentEntry>> agentsOf = new ArrayList<>();
    for (int conjunct : conjuncts) {
      BitSet region = graph.subtree(conjunct, OUTSIDE_PHRASE);
      List<String> actors = new ArrayList<>();
      List<AgentEntry> agents = new ArrayList<>();
      Mention firstActor = null;
      for (Mention m : mentions) {
        if (!region.get(m.head())) {
          continue;
        }
        if (m.isActor()) {
          if (firstActor == null) {
            firstActor = m;
            actors.addAll(m.actorCodes());
          }
        } else {
          agents.add(m.agent());
        }
      }
      if (firstActor != null && firstActor.head() != conjunct) {
        for (int c : graph.children(firstActor.head())) {
          if (graph.relation(c).equals("conj")) {
            for (Mention m : mentions) {
              if (m.isActor() && m.head() == c) {
                actors.addAll(m.actorCodes());
              }
            }
          }
        }
      }
      actorsOf.add(actors);
      actorStart.add(firstActor == null ? -1 : firstActor.start());
      agentsOf.add(agents);
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int k = 0; k < conjuncts.size(); k++) {
      List<String> actors = actorsOf.get(k);
      List<AgentEntry> agents = agentsOf.get(k);
      if (actors.isEmpty() && !agents.isEmpty()) {
        // A modifier after the last conjunct is shared: "lawmakers and officials in Fornost".
        for (int other = 0; other < conjuncts.size() && actors.isEmpty(); other++) {
          if (other != k && actorStart.get(other) > conjuncts.get(k)) {
            actors = actorsOf.get(other);
          }
        }
      }
      if (actors.isEmpty() && !agents.isEmpty()) {
        codes.add(combine(NULL, agents));
      }
      for (String actor : actors) {
        codes.add(combine(actor, agents));
      }
    }
    return List.copyOf(codes);
  }

  private void collectConjuncts(int head, List<Integer> into) {
    into.add(head);
    for (int c : graph.children(head)) {
      if (graph.relation(c).equals("conj") && !graph.isVerb(c)) {
        collectConjuncts(c, into);
      }
    }
  }

  /** An actor code with agent codes before ({@code NGO~}) or after ({@code ~GOV}) it, skipping repeats. */
  static String combine(String actor, List<AgentEntry> agents) {
    StringBuilder prefix = new StringBuilder();
    StringBuilder code = new StringBuilder(actor);
    for (AgentEntry agent : agents) {
      if (agent.prefix()) {
        if (prefix.indexOf(agent.code()) < 0 && !actor.startsWith(agent.code())) {
          prefix.append(agent.code());
        }
      } else if (code.indexOf(agent.code(), Math.min(3, code.length())) < 0) {
        code.append(agent.code());
      }
    }
    return prefix + code.toString();
  }
}
