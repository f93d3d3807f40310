package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Describes each verb of a parsed text by the clues that tell an attribution cue from another use of the word (its
 * lemma, its clause, its subject, quotation marks nearby, how often PolNeAR train marks it as a cue), as the string
 * features {@link CueClassifier} weighs. Shared by training and by the quote stage so both see the same features.
 */
public final class CueFeatures {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it");
  private static final Set<String> PERSON_OR_GROUP = Set.of("PERSON", "ORGANIZATION", "MISC");
  private static final String QUOTE_MARKS = "\"“”«»";

  private final CueLexicon inventory;

  private CueFeatures(CueLexicon inventory) {
    this.inventory = inventory;
  }

  /** Features over the whole learned inventory ({@code cues.tsv} with no threshold). */
  public static CueFeatures load() {
    return new CueFeatures(CueLexicon.load(new QuoteConfig(0.0, 1, 0, false, 0.5, 0.0, false)));
  }

  /** Whether a token is a candidate cue: a verb. "According to" is left to its own rule. */
  static boolean isCandidate(Token token) {
    return token.pos().startsWith("VB");
  }

  /** Per candidate token index of a parsed text: its features, in text order. */
  public Map<Integer, List<String>> candidates(Annotated annotated) {
    Map<Integer, List<String>> result = new LinkedHashMap<>();
    for (Sentence sentence : annotated.sentences()) {
      if (sentence.dependencies().isEmpty()) {
        continue;
      }
      ParseView graph = annotated.parse().of(sentence);
      for (int index = sentence.firstToken(); index < sentence.endToken(); index++) {
        if (isCandidate(graph.token(index))) {
          result.put(index, of(graph, index));
        }
      }
    }
    return result;
  }

  /** The features of token {@code index} in its sentence. */
  List<String> of(ParseView graph, int index) {
    Token token = graph.token(index);
    // A name the tagger took for a verb ("Trump") is seen as its class; the inventory is looked up by the word.
    String lemma = FeatureWord.lemma(token);
    double share = inventory.verbShare(token.lemma().toLowerCase(Locale.ROOT));
    String relation = graph.relation(index);
    List<String> features = new ArrayList<>();
    features.add("bias");
    features.add("lemma=" + lemma);
    features.add("pos=" + token.pos());
    features.add("rel=" + relation);
    features.add("lemma+rel=" + lemma + "|" + relation);
    features.add("share=" + bucket(share));
    features.add("share+rel=" + bucket(share) + "|" + relation);
    boolean clause = false;
    for (int child : graph.children(index)) {
      String childRelation = graph.relation(child);
      features.add("child=" + childRelation);
      if (childRelation.equals("ccomp") || childRelation.equals("parataxis")) {
        clause = true;
      }
      if (childRelation.equals("mark") || childRelation.equals("case")) {
        features.add("child+word=" + childRelation + "|" + graph.token(child).text().toLowerCase(Locale.ROOT));
      }
    }
    features.add("lemma+clause=" + lemma + "|" + clause);
    features.add("share+clause=" + bucket(share) + "|" + clause);
    String subject = subjectKind(graph, index);
    features.add("subject=" + subject);
    features.add("lemma+subject=" + lemma + "|" + subject);
    features.add("clause+subject=" + clause + "|" + subject);
    if (graph.governor(index) >= 0) {
      features.add("head=" + FeatureWord.lemma(graph.token(graph.governor(index))) + "|" + relation);
    }
    features.add("prev=" + word(graph, index - 1));
    features.add("next=" + word(graph, index + 1));
    features.add("lemma+next=" + lemma + "|" + word(graph, index + 1));
    Sentence sentence = graph.sentence();
    int quotes = 0;
    boolean according = false;
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token other = graph.token(i);
      if (isQuoteMark(other)) {
        quotes++;
        if (Math.abs(i - index) <= 3) {
          features.add("quote-near");
        }
      }
      according |= other.lemma().equalsIgnoreCase("accord");
    }
    features.add("quotes=" + Math.min(quotes, 2));
    features.add("share+quotes=" + bucket(share) + "|" + Math.min(quotes, 2));
    if (according) {
      features.add("according-to");
    }
    int length = sentence.endToken() - sentence.firstToken();
    int fromEnd = sentence.endToken() - 1 - index;
    features.add("position=" + (index - sentence.firstToken() <= 2 ? "start" : fromEnd <= 2 ? "end"
        : (index - sentence.firstToken()) * 3 / Math.max(length, 1)));
    return features;
  }

  private static String subjectKind(ParseView graph, int index) {
    int subject = graph.child(index, "nsubj");
    if (subject < 0) {
      return graph.child(index, "obj") >= 0 && graph.token(graph.child(index, "obj")).pos().startsWith("NNP")
          ? "inverted-name" : "none";
    }
    Token token = graph.token(subject);
    String word = token.text().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(word)) {
      return "pronoun";
    }
    if (PERSON_OR_GROUP.contains(token.ner())) {
      return "name";
    }
    if (token.pos().startsWith("NN")) {
      return graph.relation(subject).equals("nsubj:pass") ? "noun-passive" : "noun";
    }
    return "other";
  }

  private static String word(ParseView graph, int index) {
    if (!graph.has(index)) {
      return "<none>";
    }
    Token token = graph.token(index);
    return isQuoteMark(token) ? "<quote>" : FeatureWord.of(token);
  }

  private static boolean isQuoteMark(Token token) {
    String text = token.text();
    return text.equals("``") || text.equals("''") || text.length() == 1 && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
  }

  private static String bucket(double share) {
    if (share <= 0) {
      return "none";
    }
    if (share < 0.05) {
      return "<5";
    }
    if (share < 0.1) {
      return "<10";
    }
    if (share < 0.2) {
      return "<20";
    }
    return share < 0.5 ? "<50" : ">=50";
  }
}
