package org.newsgraph.quote;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * How the learned models of the package see a word: lower-cased, and a name as its entity class ({@code <PERSON>}, {@code <ORGANIZATION>}…), never as itself — a model that learned "a cue
 * follows Nieto" from 2016 news would misfire on other news, while "a cue follows a person's name" carries over.
 */
final class FeatureWord {

  /** CoreNLP's entity classes of names; numbers, dates, titles and the like keep their words. */
  private static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "MISC", "LOCATION", "CITY",
      "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "RELIGION", "IDEOLOGY");

  private FeatureWord() {}

  /** The token's word as a feature value. */
  static String of(Token token) {
    String name = nameClass(token);
    return name != null ? name : token.text().toLowerCase(Locale.ROOT);
  }

  /** The token's lemma as a feature value, a name again by its class. */
  static String lemma(Token token) {
    String name = nameClass(token);
    return name != null ? name : token.lemma().toLowerCase(Locale.ROOT);
  }

  /** {@code <CLASS>} for a word of a name, else null. */
  private static String nameClass(Token token) {
    return NAME_CLASSES.contains(token.ner()) ? "<" + token.ner() + ">" : null;
  }
}
