package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.WordList;

/**
 * Finds events named by a noun rather than a verb ("an ambush by the Taliban", "clashes between soldiers and
 * militants", "Pakistan launched an offensive", "imposed sanctions on Russia"): the noun's PLOVER reading comes from
 * {@code event-nouns.tsv}, who acted from its {@code by} or {@code between} phrase, a possessor or the subject of a
 * light verb ({@code light-verbs.txt}), and to whom from its {@code on}/{@code against}/{@code with}/{@code to}/
 * {@code for}/{@code of} phrase or the light verb's. Immutable and thread-safe.
 */
final class NominalEvents {

  private static final String NOUNS = "event-nouns.tsv";
  private static final String LIGHT_VERBS = "light-verbs.txt";
  /** Prepositions that name whom the act is directed at. */
  private static final Set<String> TOWARD = Set.of("ON", "AGAINST", "WITH", "TO", "FOR", "OF", "UPON");
  /** Nouns that count events rather than name one: "a series of offensives" is the offensives. */
  private static final Set<String> COUNTING = Set.of("series", "wave", "string", "spate", "round", "number",
      "volley", "campaign");

  /**
   * One event a noun names.
   *
   * @param noun the noun's token (sentence-relative)
   * @param lightVerb the verb that carries it ("held talks"), or -1
   * @param cameo the noun's CAMEO code
   * @param pairs (source, target) codes, {@code ---} for a missing target
   */
  record Found(int noun, int lightVerb, String cameo, List<ActorPhraseCoder.Coded[]> pairs) {}

  private final Map<String, String> codes;
  private final Set<String> lightVerbs;

  NominalEvents() {
    Map<String, String> read = new HashMap<>();
    for (String line : WordList.lines(NominalEvents.class, NOUNS)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(NOUNS + ": expected lemma<TAB>CAMEO code, found '" + line + "'");
      }
      read.put(f[0], f[1]);
    }
    this.codes = Map.copyOf(read);
    this.lightVerbs = WordList.lowerCased(NominalEvents.class, LIGHT_VERBS);
  }

  /** Whether a token is a noun of the table: an event the stage reads as a pattern, the noun being its sense. */
  boolean names(SentenceGraph graph, int token) {
    String pos = graph.pos(token);
    return pos != null && pos.startsWith("NN") && codes.containsKey(lemma(graph, token));
  }

  /** The events the sentence's nouns name with an actor. */
  List<Found> find(SentenceGraph graph, ActorPhraseCoder actors, VerbArguments arguments) {
    List<Found> found = new ArrayList<>();
    for (int n = 0; n < graph.size(); n++) {
      if (!names(graph, n)) {
        continue;
      }
      String cameo = codes.get(lemma(graph, n));
      int at = n;
      if (graph.relation(n).equals("nmod") && graph.head(n) >= 0 && hasCase(graph, n, Set.of("OF"))
          && COUNTING.contains(lemma(graph, graph.head(n)))) {
        at = graph.head(n); // "launched a series of offensives"
      }
      int light = -1;
      if (graph.relation(at).equals("obj") && graph.head(at) >= 0
          && lightVerbs.contains(lemma(graph, graph.head(at)))) {
        light = graph.head(at);
      }
      List<ActorPhraseCoder.Coded> targets = new ArrayList<>();
      List<ActorPhraseCoder.Coded> sources = new ArrayList<>();
      boolean between = false;
      int possessor = -1;
      for (int c : graph.children(n)) {
        String rel = graph.relation(c);
        if (rel.equals("nmod") && hasCase(graph, c, Set.of("BY")) && sources.isEmpty()) {
          sources.addAll(actors.coded(c));
        } else if (rel.equals("nmod") && hasCase(graph, c, Set.of("BETWEEN")) && sources.isEmpty()) {
          sources.addAll(actors.coded(c));
          for (int side : graph.children(c)) {
            if (graph.relation(side).equals("conj")) {
              actors.coded(side).stream().filter(coded -> !sources.contains(coded)).forEach(sources::add);
            }
          }
          between = true; // "clashes between Indian and Pakistani troops": every side acts
        } else if (rel.equals("nmod") && hasCase(graph, c, TOWARD) && targets.isEmpty()) {
          targets.addAll(actors.coded(c));
        } else if (rel.equals("nmod:poss")) {
          possessor = c;
        }
      }
      boolean violent = cameo.compareTo("18") >= 0;
      for (int c : graph.children(n)) {
        if (violent && targets.isEmpty() && graph.relation(c).startsWith("acl")) {
          // "an ambush by the Taliban in which eight soldiers were killed", "an attack that killed two guards"
          int victim = graph.child(c, Set.of("nsubj:pass"));
          victim = victim >= 0 ? victim : graph.child(c, Set.of("obj"));
          if (victim >= 0) {
            targets.addAll(actors.coded(victim));
          }
        }
      }
      if (light >= 0 && targets.isEmpty()) {
        for (int c : graph.children(light)) {
          if (graph.relation(c).equals("obl") && hasCase(graph, c, TOWARD) && targets.isEmpty()) {
            targets.addAll(actors.coded(c)); // "imposed sanctions on Russia"
          }
        }
      }
      if (sources.isEmpty() && possessor >= 0 && (!targets.isEmpty() || violent)) {
        // "Obama's visit to Cuba", "the Taliban's offensive"; not "Clinton's support", which may be anyone's for her
        sources.addAll(actors.coded(possessor));
      }
      if (sources.isEmpty() && light >= 0) {
        sources.addAll(arguments.subject(light));
      }
      if (sources.isEmpty()) {
        continue; // a bare "the attack" refers back to an event coded where its actor was named
      }
      List<ActorPhraseCoder.Coded[]> pairs = new ArrayList<>();
      ActorPhraseCoder.Coded none = new ActorPhraseCoder.Coded(ActorPhraseCoder.NULL, -1);
      for (ActorPhraseCoder.Coded s : sources) {
        if (between || targets.isEmpty()) {
          pairs.add(new ActorPhraseCoder.Coded[] {s, none});
        } else {
          for (ActorPhraseCoder.Coded t : targets) {
            pairs.add(new ActorPhraseCoder.Coded[] {s, t});
          }
        }
      }
      found.add(new Found(n, light, cameo, List.copyOf(pairs)));
    }
    return found;
  }

  private static String lemma(SentenceGraph graph, int token) {
    String lemma = graph.lemma(token);
    return (lemma == null ? graph.word(token) : lemma).toLowerCase(Locale.ROOT);
  }

  private static boolean hasCase(SentenceGraph graph, int token, Set<String> words) {
    for (int c : graph.children(token)) {
      if (graph.relation(c).equals("case") && words.contains(graph.word(c))) {
        return true;
      }
    }
    return false;
  }
}
