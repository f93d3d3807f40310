package org.newsgraph.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * Drops a time word that is part of a name or a headline, not a time: a word like "Daily" or "Now" that is
 * capitalized although it is no day, month or holiday name, and either stands in a run of proper nouns ("Daily
 * Beast", "USA Today") or inside a title-cased line ("Troops Are Now Wounding Themselves").
 */
final class ProperNameRule implements TimexRule {

  /** A line is title-cased when at least this share of its longer words start upper case. */
  private static final double TITLE_SHARE = 0.8;
  private static final int TITLE_MIN_WORDS = 4;
  private static final int LONG_WORD = 4;

  private final TimeWords words;

  ProperNameRule(TimeWords words) {
    this.words = words;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    List<Token> tokens = document.tokens().subList(timex.firstToken(), timex.endToken());
    if (!tokens.stream().allMatch(this::isCapitalizedCommonWord)) {
      return Optional.of(timex);
    }
    Sentence sentence = document.sentenceOf(tokens.get(0));
    boolean inNameRun = tokens.stream().anyMatch(ProperNameRule::isProperNoun)
        && (isProperNounAt(document, sentence, timex.firstToken() - 1)
            || isProperNounAt(document, sentence, timex.endToken()));
    boolean inTitle = timex.firstToken() > sentence.firstToken() && isTitleCased(document.tokensOf(sentence));
    return inNameRun || inTitle ? Optional.empty() : Optional.of(timex);
  }

  private boolean isCapitalizedCommonWord(Token token) {
    String text = token.text();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0))
        && !words.properTimeWords().contains(text.toLowerCase(Locale.ROOT));
  }

  private static boolean isProperNoun(Token token) {
    return token.pos().startsWith("NNP");
  }

  private static boolean isProperNounAt(Annotated document, Sentence sentence, int index) {
    if (index < sentence.firstToken() || index >= sentence.endToken()) {
      return false;
    }
    Token token = document.tokens().get(index);
    return isProperNoun(token) && Character.isUpperCase(token.text().charAt(0)) && !isTimeToken(token);
  }

  private static boolean isTimeToken(Token token) {
    return switch (token.ner()) {
      case "DATE", "TIME", "DURATION", "SET" -> true;
      default -> false;
    };
  }

  private static boolean isTitleCased(List<Token> tokens) {
    int longWords = 0;
    int capitalized = 0;
    for (Token token : tokens) {
      String text = token.text();
      if (text.length() >= LONG_WORD && text.chars().allMatch(Character::isLetter)) {
        longWords++;
        if (Character.isUpperCase(text.charAt(0))) {
          capitalized++;
        }
      }
    }
    return longWords >= TITLE_MIN_WORDS && capitalized >= TITLE_SHARE * longWords;
  }
}
