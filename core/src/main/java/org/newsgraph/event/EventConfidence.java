package org.newsgraph.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.WordList;

/**
 * How likely a coded clause is an event that happened as coded, in [0, 1]: the sense of its trigger word for the
 * type ({@code event-triggers.tsv}), whether its actor is an agent the clause makes act (not the patient of a
 * passive, a headline fragment, a bare title or a place), and its modality (negated, hypothetical, a question).
 * The factors multiply; the values were set from the PLOVER manual's definitions and checked on the project's
 * event gold (docs/accuracy-events.md). Immutable and thread-safe.
 */
final class EventConfidence {

  private static final String RESOURCE = "event-triggers.tsv";
  private static final String ANY_TYPE = "*";

  /** Trigger senses: a word that names the type's act, one that does with its pattern, the rest, a misreading. */
  static final double STRONG = 0.9;
  static final double PATTERN = 0.8;
  static final double BARE_PATTERN = 0.4;
  static final double WEAK = 0.45;
  static final double TRAP = 0.1;

  /** Agents that act in news without a name: armed men, police, protesters, unions, NGOs, governments. */
  private static final Set<String> ACTING_AGENTS = Set.of("MIL", "COP", "REB", "INS", "OPP", "UAF", "SPY", "IMG",
      "LAB", "NGO", "HRI", "IGO", "GOV", "JUD", "LEG", "SEP");

  private final Map<String, String> senses;
  private final NominalEvents acts;

  /** @param acts the nouns that name an act ("offensive", "talks"), which are no agent as an actor's head */
  EventConfidence(NominalEvents acts) {
    this.acts = acts;
    Map<String, String> read = new HashMap<>();
    for (String line : WordList.lines(EventConfidence.class, RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length != 3 || !Set.of("strong", "pattern", "object", "trap").contains(f[2])) {
        throw new IllegalStateException(RESOURCE + ": expected TYPE<TAB>lemma<TAB>strong|pattern|object|trap, found '"
            + line + "'");
      }
      read.put(f[0] + "\t" + f[1], f[2]);
    }
    this.senses = Map.copyOf(read);
  }

  /** What one event's confidence is made of; {@link #value()} multiplies the factors. */
  record Reading(double trigger, double agent, double modality) {
    double value() {
      return Math.max(0, Math.min(1, trigger * agent * modality));
    }
  }

  /**
   * Reads one event.
   *
   * @param type the event's PLOVER type as reported
   * @param codedType the PLOVER type of the CAMEO code before the clause changed it (a refused release, REJECT,
   *     is a release, RETREAT, here); the trigger's sense is read under both
   * @param demand whether the stage read the type from the clause's words, as a pattern does: a statement as a
   *     demand on another party ("said Sudan must return…"), or a naming as praise or criticism ("called Clinton a
   *     champion", see {@link Characterization})
   */
  Reading read(SentenceGraph graph, int verb, Coding coding, String type, String codedType, boolean demand,
      Actor actor, Entity actorEntity, boolean hypothetical, String text) {
    double trigger = demand ? PATTERN : trigger(graph, verb, coding, type, codedType);
    double agent = agent(graph, verb, coding, actor, actorEntity);
    double modality = 1;
    if (coding.negated() && !type.equals("REJECT")) {
      modality *= 0.3; // PLOVER: negated events can be excluded
    }
    if (hypothetical && !type.equals("THREATEN")) {
      modality *= 0.5;
    }
    if (question(graph, text)) {
      modality *= 0.4;
    }
    if (hedged(graph, verb)) {
      modality *= 0.5; // "Putin also seemed to be pushing his counterparts": the reporter does not say he did
    }
    return new Reading(trigger, agent, modality);
  }

  private double trigger(SentenceGraph graph, int verb, Coding coding, String type, String codedType) {
    String lemma = graph.lemma(verb).toLowerCase(Locale.ROOT);
    String word = graph.word(verb).toLowerCase(Locale.ROOT);
    boolean withPattern = coding.end() - coding.start() > graph.token(verb).end() - graph.token(verb).start();
    double best = -1;
    for (String t : new String[] {type, codedType}) {
      if (t == null) {
        continue;
      }
      for (String w : new String[] {lemma, word}) {
        String sense = senses.getOrDefault(t + "\t" + w, senses.get(ANY_TYPE + "\t" + w));
        if (sense == null) {
          continue;
        }
        if (sense.equals("object")) {
          sense = hasComplement(graph, verb) ? "strong" : "trap";
        }
        if (sense.equals("trap")) {
          return TRAP;
        }
        best = Math.max(best, sense.equals("strong") ? STRONG : withPattern ? PATTERN : BARE_PATTERN);
      }
    }
    return best < 0 ? WEAK : best;
  }

  /** Whether the verb takes an object or a clause ("declined the offer", "declined to comment"). */
  private static boolean hasComplement(SentenceGraph graph, int verb) {
    for (int c : graph.children(verb)) {
      String rel = graph.relation(c);
      if (rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor is one the clause makes act: not the subject of a passive without its agent ("a man was
   * shot"), not a name whose words hold the trigger (a headline read as a name), not a bare title or common noun
   * ("the secretary", "women"), not a place other than a country, not an act that names no one's ("a series of
   * military offensives has failed": the code {@code ---MIL} comes from "military", and no state is named).
   */
  private double agent(SentenceGraph graph, int verb, Coding coding, Actor actor, Entity entity) {
    double factor = 1;
    if (passiveWithoutAgent(graph, verb)) {
      factor *= 0.25;
    }
    if (addressed(graph, verb)) {
      factor *= 0.1; // "President Clinton, thank you…": the one spoken to, not the one who acts
    }
    ActorPhrase phrase = coding.sourcePhrase();
    int verbStart = graph.token(verb).start();
    int verbEnd = graph.token(verb).end();
    // (a pattern may hold its source, "Police arrested…": only words that run over the verb itself are suspect)
    if (phrase != null && phrase.start() < verbEnd && verbStart < phrase.end()) {
      factor *= 0.1; // the actor's words run into the trigger's: a headline or a run-on read as one name
    }
    String code = actor.code();
    boolean countryCoded = code != null && code.length() >= 3 && !code.startsWith(ActorPhraseCoder.NULL);
    if (phrase != null && entity == null && !countryCoded && namesAnAct(graph, phrase)) {
      factor *= 0.4; // an act whose words name whose it is stays theirs: "US Predator attacks have killed…"
    }
    if (entity != null) {
      for (Mention m : entity.nameMentions()) {
        if (m.start() < verbEnd && verbStart < m.end()) {
          factor *= 0.1;
          break;
        }
      }
      boolean place = entity.type() == EntityType.CITY || entity.type() == EntityType.STATE_OR_PROVINCE;
      if (place && !countryCoded) {
        factor *= 0.4;
      }
    } else if (!countryCoded && !acting(code)) {
      factor *= 0.4;
    }
    return factor;
  }

  private boolean namesAnAct(SentenceGraph graph, ActorPhrase phrase) {
    for (int t = 0; t < graph.size(); t++) {
      if (graph.token(t).start() == phrase.headStart()) {
        return acts.names(graph, t);
      }
    }
    return false;
  }

  private static boolean acting(String code) {
    if (code == null || code.length() < 6) {
      return false;
    }
    return ACTING_AGENTS.contains(code.substring(3, 6));
  }

  /**
   * Whether the verb's subject is someone addressed: a name set off by a comma right before a verb in its plain
   * form ("President Clinton, thank you for…", "Mr. Mayor, listen to…"), which the parser reads as the subject. A
   * subject with an aside between it and its verb ("Dean, a former chairman, poked at…") or a verb agreeing with
   * it ("Clinton, thanks…" is no plain form) stays the actor.
   */
  private static boolean addressed(SentenceGraph graph, int verb) {
    int subject = graph.child(verb, Set.of("nsubj"));
    if (subject < 0 || subject + 2 != verb || !graph.word(subject + 1).equals(",")) {
      return false;
    }
    String tag = graph.pos(verb);
    return (tag.equals("VB") || tag.equals("VBP")) && graph.pos(subject).startsWith("NNP");
  }

  private static boolean passiveWithoutAgent(SentenceGraph graph, int verb) {
    if (VerbArguments.nominalAgent(graph, verb) != null) {
      return false; // "killed in attacks by Pakistani jets" names who did it
    }
    boolean passive = false;
    for (int c : graph.children(verb)) {
      String rel = graph.relation(c);
      if (rel.equals("nsubj:pass") || rel.equals("aux:pass")) {
        passive = true;
      }
      if (rel.equals("obl:agent")) {
        return false;
      }
      if (rel.equals("obl")) {
        for (int g : graph.children(c)) {
          if (graph.relation(g).equals("case") && graph.word(g).equalsIgnoreCase("by")) {
            return false;
          }
        }
      }
    }
    return passive;
  }

  /** Whether a verb of seeming governs the event verb ("seemed to be pushing", "appears to have attacked"). */
  private static boolean hedged(SentenceGraph graph, int verb) {
    for (int v = verb, guard = 0; v >= 0 && guard < 4; v = graph.head(v), guard++) {
      String lemma = graph.lemma(v).toLowerCase(Locale.ROOT);
      if (v != verb && (lemma.equals("seem") || lemma.equals("appear"))) {
        return true;
      }
      if (!graph.relation(v).equals("xcomp")) {
        return false;
      }
    }
    return false;
  }

  private static boolean question(SentenceGraph graph, String text) {
    int end = graph.token(graph.size() - 1).end();
    for (int i = end - 1; i >= 0 && i >= end - 3; i--) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
