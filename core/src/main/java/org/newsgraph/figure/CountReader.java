package org.newsgraph.figure;

import org.newsgraph.nlp.ParseView;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds what a number counts: the common noun it modifies ("27,700 troops": {@code nummod} in the parse, else the
 * noun right after it, past adjectives), and the phrase a preposition adds ("$40 billion of aid").
 */
final class CountReader {

  private static final int MAX_ADJECTIVES = 2;

  private final FigureWords words;

  CountReader(FigureWords words) {
    this.words = words;
  }

  /**
   * The token index of the counted common noun, or -1 when the number modifies none: the head of its
   * {@code nummod} relation, else (no parse, or a parse that missed it) the first noun after it past adjectives.
   */
  int countedNoun(Annotated document, Sentence sentence, Amount amount) {
    ParseView parse = document.parse().of(sentence);
    if (!parse.isEmpty()) {
      for (int i = amount.firstToken(); i < amount.numberEnd(); i++) {
        int governor = parse.governor(i);
        // The noun comes after its count; a noun before the number is labelled by it ("room 12", "fortune 50").
        boolean after = governor >= amount.endToken();
        if (after && parse.relation(i).equals("nummod") && isCommonNoun(parse.token(governor))) {
          return governor;
        }
      }
    }
    List<Token> tokens = document.tokens();
    for (int k = amount.endToken(); k < Math.min(amount.endToken() + MAX_ADJECTIVES + 1, sentence.endToken()); k++) {
      Token token = tokens.get(k);
      if (isCommonNoun(token)) {
        return k;
      }
      if (!token.pos().startsWith("JJ")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The phrase after a counting preposition that follows token {@code after}: determiners skipped, adjectives and
   * nouns kept, up to the last noun. Null when there is none.
   */
  String counts(Annotated document, Sentence sentence, int after, TimeSpans times) {
    List<Token> tokens = document.tokens();
    int k = after + 1;
    if (k >= sentence.endToken() || !words.countPrepositions().contains(lower(tokens.get(k)))) {
      return null;
    }
    k++;
    while (k < sentence.endToken() && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
      k++;
    }
    int first = k;
    int lastNoun = -1;
    while (k < sentence.endToken() && isPhraseWord(tokens.get(k)) && !times.covers(tokens.get(k))) {
      if (tokens.get(k).pos().startsWith("NN")) {
        lastNoun = k;
      }
      k++;
    }
    if (lastNoun < 0) {
      return null;
    }
    return document.text().substring(tokens.get(first).start(), tokens.get(lastNoun).end());
  }

  private static boolean isPhraseWord(Token token) {
    String pos = token.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("HYPH");
  }

  private static boolean isCommonNoun(Token token) {
    return token.pos().equals("NN") || token.pos().equals("NNS");
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
