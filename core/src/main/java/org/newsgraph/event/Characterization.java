package org.newsgraph.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.WordList;

/**
 * Reads a verb of naming that says what someone is ("called Clinton a champion", "calls Obamacare a crazy system",
 * "described the minister as incompetent"): PLOVER's praise (SUPPORT) or criticism (ACCUSE) of the one named, by
 * the valence of the words they are called (AFINN-165, the lexicon the tone stage scores with). A label of no
 * valence ("called him a candidate") is no event. Immutable and thread-safe.
 */
final class Characterization {

  /** CAMEO's "criticize or denounce". */
  static final String CRITICIZE = "111";
  /** CAMEO's "praise or endorse". */
  static final String PRAISE = "051";

  /** The word list the tone stage reads, shipped in core. */
  private static final String VALENCES = "/org/newsgraph/framing/afinn-165.tsv";
  private static final Set<String> NAMING = Set.of("call", "describe", "label", "brand", "dub", "term");
  /** Verbs of saying whose clause may judge someone ("Flynn said Trump was absolutely right"). */
  private static final Set<String> SAYING = Set.of("say", "tell", "argue", "insist", "add", "declare", "contend",
      "write", "tweet", "claim", "charge");
  /** Judgment words AFINN-165 leaves out, with their valence ("right", "intolerable"). */
  private static final String JUDGMENTS = "judgment-words.tsv";
  /** "called on", "called for", "called back": requests and calls, not names. */
  private static final Set<String> NOT_NAMING = Set.of("on", "upon", "for", "up", "back", "off", "out", "in", "to");
  /** Where a label's words are: the label's head and what qualifies it ("a really crazy system"). */
  private static final Set<String> LABEL_WORDS = Set.of("amod", "compound", "advmod", "obj", "conj");

  /** Labels of a law, a plan or a practice: what they are said of is no party to an event (PLOVER's agents). */
  private static final Set<String> THINGS = Set.of("system", "law", "plan", "program", "programme", "policy",
      "bill", "deal", "agreement", "treaty", "scheme", "proposal", "idea", "measure", "process", "tax", "rule",
      "regulation", "strategy", "approach", "budget", "reform", "mandate");

  private static final Set<String> OPENING_QUOTES = Set.of("“", "‘", "``", "`", "\"", "'");

  private final Map<String, Integer> valences;

  Characterization() {
    Map<String, Integer> read = new HashMap<>();
    for (String resource : new String[] {VALENCES, JUDGMENTS}) {
      for (String line : WordList.lines(Characterization.class, resource)) {
        String[] f = line.split("\t");
        if (f.length == 2 && !f[0].contains(" ")) {
          read.put(f[0], Integer.parseInt(f[1].strip()));
        }
      }
    }
    this.valences = Map.copyOf(read);
  }

  /**
   * What a verb of naming says of someone.
   *
   * @param cameo {@link #PRAISE} or {@link #CRITICIZE}
   * @param named the head token of the one named (sentence-relative)
   * @param thing whether the label says the one named is a thing, not an agent ("a crazy system"): then no one is
   *     named, the judgment stands without a recipient
   * @param said whether the judgment is a statement's clause ("said Trump was right"), which is an event only when
   *     the one judged is a party the article names
   */
  record Reading(String cameo, int named, boolean thing, boolean said) {
    Reading(String cameo, int named, boolean thing) {
      this(cameo, named, thing, false);
    }
  }

  /** What the verb says of the one it names; empty when it names nothing evaluative (or is no verb of naming). */
  Optional<Reading> read(SentenceGraph graph, int verb) {
    String lemma = graph.lemma(verb).toLowerCase(Locale.ROOT);
    if (SAYING.contains(lemma)) {
      return judged(graph, verb);
    }
    if (!NAMING.contains(lemma)) {
      return Optional.empty();
    }
    int named = -1;
    int label = -1;
    for (int c : graph.children(verb)) {
      String rel = graph.relation(c);
      String word = graph.word(c).toLowerCase(Locale.ROOT);
      if ((rel.equals("compound:prt") || rel.equals("mark") || rel.equals("case")) && NOT_NAMING.contains(word)) {
        return Optional.empty();
      }
      if (rel.equals("obj") || rel.equals("iobj")) {
        if (named < 0) {
          named = c;
        } else {
          label = c; // "called Clinton a champion" parsed with two objects
        }
      } else if (rel.equals("xcomp") && label < 0) {
        label = c;
      } else if ((rel.equals("obl") || rel.equals("advcl")) && label < 0 && hasCase(graph, c, "as")) {
        label = c; // "described X as Y"
      }
    }
    if (label >= 0 && graph.relation(label).equals("xcomp")) {
      int subject = graph.child(label, Set.of("nsubj"));
      int loose = graph.child(label, Set.of("dep"));
      if (subject < 0 && loose >= 0 && loose < label && graph.pos(loose).startsWith("NN")) {
        subject = loose; // "called [Kowalczyk] “[deplorable]”": the quote mark loosens the parse
      }
      named = subject >= 0 ? subject : named; // "called [the opposition leader] [a liar]", one small clause
    }
    if (label < 0 && named >= 0) {
      // "calls Obamacare ‘crazy system’", parsed as one object: the quoted words name what the words before are
      int before = nameBeforeQuote(graph, named);
      if (before >= 0) {
        label = named;
        named = before;
      }
    }
    if (named < 0 || label < 0) {
      return Optional.empty();
    }
    int valence = valence(graph, label, named, 0);
    if (valence == 0) {
      return Optional.empty();
    }
    return Optional.of(new Reading(valence > 0 ? PRAISE : CRITICIZE, named,
        THINGS.contains(graph.lemma(label).toLowerCase(Locale.ROOT))));
  }

  /**
   * A statement whose clause says what a named one is ("Flynn said Donald Trump was absolutely right", "argued that
   * the senator is unfit"): praise or criticism of that one. Not a negated clause, and only a name (a proper noun)
   * as the one judged: "said the plan was wrong" judges no party.
   */
  private Optional<Reading> judged(SentenceGraph graph, int verb) {
    for (int c : graph.children(verb)) {
      if (!graph.relation(c).equals("ccomp") || graph.child(c, Set.of("cop")) < 0
          || graph.child(c, Set.of("neg", "advmod:neg")) >= 0 || hasNegation(graph, c)) {
        continue;
      }
      int named = graph.child(c, Set.of("nsubj"));
      if (named < 0 || !graph.pos(named).startsWith("NNP")) {
        continue;
      }
      int valence = valence(graph, c, named, 0);
      if (valence != 0) {
        return Optional.of(new Reading(valence > 0 ? PRAISE : CRITICIZE, named, false, true));
      }
    }
    return Optional.empty();
  }

  private static boolean hasNegation(SentenceGraph graph, int token) {
    for (int c : graph.children(token)) {
      String word = graph.word(c).toLowerCase(Locale.ROOT);
      if (word.equals("not") || word.equals("n't") || word.equals("never")) {
        return true;
      }
    }
    return false;
  }

  /** The valence of a label's words, leaving out the words of the one named ({@code named}). */
  private int valence(SentenceGraph graph, int token, int named, int depth) {
    int sum = wordValence(graph, token);
    if (depth < 2) {
      for (int c : graph.children(token)) {
        if (c != named && LABEL_WORDS.contains(graph.relation(c))) {
          sum += valence(graph, c, named, depth + 1);
        }
      }
    }
    return sum;
  }

  /** A nominal dependent of {@code object} ending before an opening quote mark that it has, or -1. */
  private static int nameBeforeQuote(SentenceGraph graph, int object) {
    int quote = -1;
    for (int c : graph.children(object)) {
      if (graph.relation(c).equals("punct") && OPENING_QUOTES.contains(graph.word(c)) && c < object) {
        quote = c;
      }
    }
    if (quote < 0) {
      return -1;
    }
    for (int c : graph.children(object)) {
      if (c < quote && Set.of("compound", "nmod", "nmod:poss", "flat").contains(graph.relation(c))) {
        return c;
      }
    }
    return -1;
  }

  private int wordValence(SentenceGraph graph, int token) {
    String word = graph.word(token).toLowerCase(Locale.ROOT);
    Integer v = valences.get(word);
    return v != null ? v : valences.getOrDefault(graph.lemma(token).toLowerCase(Locale.ROOT), 0);
  }

  private static boolean hasCase(SentenceGraph graph, int token, String word) {
    for (int c : graph.children(token)) {
      if ((graph.relation(c).equals("case") || graph.relation(c).equals("mark"))
          && graph.word(c).equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }
}
