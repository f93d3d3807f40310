package org.newsgraph.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
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

  /** Tags of a plural noun naming a people ("Norlanders"). */
  private static final Set<String> PEOPLE_TAGS = Set.of("NNPS", "NNS");
  /** Prepositions that place a people: "the Norlanders of Southia", "Norlanders in Southia". */
  private static final Set<String> RESIDENCE = Set.of("OF", "IN");

  /**
   * Prepositions after a noun that say where its referent is, not whose it is: "militant commanders along the
   * Afghan border" are not Afghanistan's ("of" and "in" do say it: "the Norlanders of Southia").
   */
  private static final Set<String> WHERE = Set.of("ALONG", "NEAR", "ACROSS", "OUTSIDE", "INSIDE", "AROUND",
      "BEYOND", "NEARBY");

  private final SentenceGraph graph;
  private final List<Mention> mentions;
  private final boolean placesName;

  /** A coder that reads an actor in a "near"/"along" modifier as the phrase's own, as PETRARCH does. */
  ActorPhraseCoder(SentenceGraph graph, List<Mention> mentions) {
    this(graph, mentions, true);
  }

  /**
   * @param placesName whether an actor in a modifier of place ("along the Afghan border") codes the phrase
   *     (PETRARCH's reading); news reads it as where the phrase's people are
   */
  ActorPhraseCoder(SentenceGraph graph, List<Mention> mentions, boolean placesName) {
    this.graph = graph;
    this.mentions = mentions;
    this.placesName = placesName;
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

  /** An actor code with the token of the phrase it was read from (sentence-relative). */
  record Coded(String code, int token) {}

  /** The codes of the noun phrase headed by {@code head}, one per actor found; empty when it has none. */
  List<String> codes(int head) {
    return coded(head).stream().map(Coded::code).toList();
  }

  /** Like {@link #codes(int)}, with the head token of the actor (or agent) phrase each code comes from. */
  List<Coded> coded(int head) {
    List<Integer> conjuncts = new ArrayList<>();
    collectConjuncts(head, conjuncts);
    List<List<Coded>> actorsOf = new ArrayList<>();
    List<Integer> actorStart = new ArrayList<>();
    List<List<AgentEntry>> agentsOf = new ArrayList<>();
    List<Integer> agentHeads = new ArrayList<>();
    for (int conjunct : conjuncts) {
      BitSet region = graph.subtree(conjunct, OUTSIDE_PHRASE);
      List<Coded> actors = new ArrayList<>();
      List<AgentEntry> agents = new ArrayList<>();
      int firstAgent = -1;
      Mention firstActor = null;
      // People somewhere ("militant commanders along the border") are not the place's; a thing or an event there
      // ("a roadside bombing near Samarra") is coded by it, as PLOVER's coders code an unknown attacker
      boolean people = !placesName && mentions.stream()
          .anyMatch(m -> region.get(m.head()) && !m.isActor() && !placed(m, conjunct));
      for (Mention m : mentions) {
        if (!region.get(m.head())) {
          continue;
        }
        if (m.isActor()) {
          if (firstActor == null && !(people && placed(m, conjunct))) {
            Mention place = residence(m, conjunct);
            firstActor = place != null ? place : m;
            Mention read = firstActor;
            read.actorCodes().forEach(c -> actors.add(new Coded(c, read.head())));
          }
        } else {
          agents.add(m.agent());
          firstAgent = firstAgent < 0 ? m.head() : firstAgent;
        }
      }
      if (firstActor != null && firstActor.head() != conjunct) {
        for (int c : graph.children(firstActor.head())) {
          if (graph.relation(c).equals("conj")) {
            for (Mention m : mentions) {
              if (m.isActor() && m.head() == c) {
                m.actorCodes().forEach(code -> actors.add(new Coded(code, m.head())));
              }
            }
          }
        }
      }
      if (actors.isEmpty()) {
        // "the Russian-led military alliance, the CSTO": the apposition names the actor.
        for (int c : graph.children(conjunct)) {
          if (graph.relation(c).equals("appos") && actors.isEmpty()) {
            BitSet appos = graph.subtree(c, OUTSIDE_PHRASE);
            for (Mention m : mentions) {
              if (m.isActor() && appos.get(m.head()) && actors.isEmpty()) {
                m.actorCodes().forEach(code -> actors.add(new Coded(code, m.head())));
              }
            }
          }
        }
      }
      actorsOf.add(actors);
      actorStart.add(firstActor == null ? -1 : firstActor.start());
      agentsOf.add(agents);
      agentHeads.add(firstAgent);
    }
    Set<Coded> codes = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < conjuncts.size(); k++) {
      List<Coded> actors = actorsOf.get(k);
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
        add(codes, seen, new Coded(combine(NULL, agents), agentHeads.get(k)));
      }
      for (Coded actor : actors) {
        add(codes, seen, new Coded(combine(actor.code(), agents), actor.token()));
      }
    }
    return List.copyOf(codes);
  }

  /**
   * Whether an actor phrase lies in a modifier of place under {@code head}: "along the Afghan border", or "in" a
   * place the dictionaries do not code ("militant positions in the Mamozai area" are the militants').
   */
  private boolean placed(Mention actor, int head) {
    boolean uncoded = actor.actorCodes().stream().allMatch(c -> c.startsWith(NULL));
    for (int t = actor.head(), guard = 0; t >= 0 && t != head && guard < 16; t = graph.head(t), guard++) {
      if (graph.relation(t).startsWith("nmod")) {
        for (int c : graph.children(t)) {
          if (graph.relation(c).equals("case")
              && (WHERE.contains(graph.word(c)) || uncoded && graph.word(c).equals("IN"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The place a people lives in, when the phrase says it: "the Norlanders of Southia", "ethnic Norlanders in
   * Southia" are Southia's, as CAMEO codes a community by the state it lives in; null otherwise. Only for a plural
   * people heading the phrase, so "the envoy of Southia" keeps its own reading.
   */
  private Mention residence(Mention people, int conjunct) {
    if (people.head() != conjunct || !PEOPLE_TAGS.contains(graph.pos(conjunct))) {
      return null;
    }
    for (int c : graph.children(conjunct)) {
      if (!graph.relation(c).equals("nmod") || graph.children(c).stream()
          .noneMatch(k -> graph.relation(k).equals("case") && RESIDENCE.contains(graph.word(k)))) {
        continue;
      }
      BitSet where = graph.subtree(c, OUTSIDE_PHRASE);
      for (Mention m : mentions) {
        if (m.isActor() && m != people && where.get(m.head()) && !m.actorCodes().contains(NULL)) {
          return m;
        }
      }
    }
    return null;
  }

  private static void add(Set<Coded> codes, Set<String> seen, Coded coded) {
    // Uncoded actors ("Lukashenko and Zelensky", both ---) are told apart by where they were read.
    String key = coded.code().equals(NULL) ? NULL + "@" + coded.token() : coded.code();
    if (seen.add(key)) {
      codes.add(coded);
    }
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
