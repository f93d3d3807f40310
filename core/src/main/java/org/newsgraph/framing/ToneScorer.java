package org.newsgraph.framing;

import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Tone;
import org.newsgraph.nlp.Token;

/**
 * Scores tone the way GDELT does: the share of words with positive valence minus the share with negative valence,
 * in percent of all words. A listed phrase ("fed up") counts once, on its first word; valence strength is ignored.
 */
public final class ToneScorer {

  private final ToneLexicon lexicon;

  public ToneScorer(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The tone of a run of tokens; words are tokens with a letter in them. */
  public Tone score(List<Token> tokens) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    int i = 0;
    while (i < tokens.size()) {
      if (!isWord(tokens.get(i))) {
        i++;
        continue;
      }
      int matched = 1;
      int valence = 0;
      for (int length = Math.min(lexicon.longestPhrase(), tokens.size() - i); length >= 1; length--) {
        valence = lexicon.valence(phrase(tokens, i, length));
        if (valence != 0) {
          matched = length;
          break;
        }
      }
      positive += valence > 0 ? 1 : 0;
      negative += valence < 0 ? 1 : 0;
      for (int k = i; k < i + matched; k++) {
        words += isWord(tokens.get(k)) ? 1 : 0;
      }
      i += matched;
    }
    if (words == 0) {
      return new Tone(0, 0, 0, 0);
    }
    double positiveShare = round(100.0 * positive / words);
    double negativeShare = round(100.0 * negative / words);
    return new Tone(round(positiveShare - negativeShare), positiveShare, negativeShare, words);
  }

  private static String phrase(List<Token> tokens, int from, int length) {
    StringBuilder phrase = new StringBuilder();
    for (int k = from; k < from + length; k++) {
      if (k > from) {
        phrase.append(' ');
      }
      phrase.append(tokens.get(k).text().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return phrase.toString();
  }

  private static boolean isWord(Token token) {
    return token.text().chars().anyMatch(Character::isLetter);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
