package org.newsgraph.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds number phrases in a sentence and reads their value: digits ("27,700", "1.5"), number words ("three"),
 * scale words ("million", "dozen"), a currency sign before ("$", "C$", "€") or a currency name or percent word
 * after ("rubles", "percent").
 */
final class AmountReader {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final FigureWords words;

  AmountReader(FigureWords words) {
    this.words = words;
  }

  List<Amount> read(Annotated document, Sentence sentence) {
    List<Token> tokens = document.tokens();
    List<Amount> amounts = new ArrayList<>();
    int i = sentence.firstToken();
    while (i < sentence.endToken()) {
      String currency = words.currencySigns().get(tokens.get(i).text());
      int numberStart = currency == null ? i : i + 1;
      int numberEnd = numberStart;
      while (numberEnd < sentence.endToken() && isNumberToken(tokens.get(numberEnd))) {
        numberEnd++;
      }
      BigDecimal value = numberEnd > numberStart ? value(tokens.subList(numberStart, numberEnd)) : null;
      if (value == null) {
        i++;
        continue;
      }
      Amount amount = withUnit(tokens, sentence, i, numberEnd, value, currency);
      amounts.add(amount);
      i = amount.endToken();
    }
    return amounts;
  }

  private Amount withUnit(List<Token> tokens, Sentence sentence, int first, int numberEnd, BigDecimal value,
      String currency) {
    if (currency != null) {
      return new Amount(first, numberEnd, numberEnd, value, currency, false);
    }
    int percentEnd = phraseEnd(tokens, sentence, numberEnd);
    if (percentEnd > numberEnd) {
      return new Amount(first, numberEnd, percentEnd, value, null, true);
    }
    // "500 million rubles", "300 Canadian dollars", "300 Hong Kong dollars"
    for (int k = numberEnd; k < Math.min(numberEnd + 3, sentence.endToken()); k++) {
      String name = words.currencyNames().get(lower(tokens.get(k)));
      if (name == null) {
        continue;
      }
      String country = k > numberEnd ? words.dollarCountries().get(lower(tokens.get(k - 1))) : null;
      if (k == numberEnd || (country != null && name.equals("USD"))) {
        return new Amount(first, numberEnd, k + 1, value, country != null ? country : name, false);
      }
    }
    return new Amount(first, numberEnd, numberEnd, value, null, false);
  }

  private int phraseEnd(List<Token> tokens, Sentence sentence, int from) {
    for (List<String> phrase : words.percentPhrases()) {
      int end = from + phrase.size();
      if (end <= sentence.endToken()) {
        boolean matches = true;
        for (int k = 0; k < phrase.size() && matches; k++) {
          matches = lower(tokens.get(from + k)).equals(phrase.get(k));
        }
        if (matches) {
          return end;
        }
      }
    }
    return from;
  }

  private boolean isNumberToken(Token token) {
    return DIGITS.matcher(token.text()).matches()
        || (words.numberWords().containsKey(lower(token)) && (token.pos().equals("CD") || isScale(lower(token))));
  }

  /** Scale words are counted as numbers whatever their tag: the tagger takes "dozen" for a noun. */
  private boolean isScale(String word) {
    BigDecimal value = words.numberWords().get(word);
    return word.equals("dozen") || value.compareTo(HUNDRED) >= 0;
  }

  /**
   * The value of number tokens, or null when they state no exact number: a scale word with nothing to scale
   * ("thousands", "a million") or a lone "one", which is more often a pronoun than a count.
   */
  BigDecimal value(List<Token> numberTokens) {
    if (numberTokens.size() == 1 && lower(numberTokens.get(0)).equals("one")) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = null;
    for (Token token : numberTokens) {
      String text = lower(token);
      if (DIGITS.matcher(text).matches()) {
        BigDecimal number = new BigDecimal(text.replace(",", ""));
        current = current == null ? number : current.add(number);
        continue;
      }
      BigDecimal word = words.numberWords().get(text);
      boolean multiplier = word.compareTo(HUNDRED) == 0 || text.equals("dozen");
      if (word.compareTo(HUNDRED) >= 0 || multiplier) {
        if (current == null) {
          return null;
        }
        if (multiplier) {
          current = current.multiply(word);
        } else {
          total = total.add(current.multiply(word));
          current = null;
        }
      } else {
        current = current == null ? word : current.add(word);
      }
    }
    BigDecimal value = current == null ? total : total.add(current);
    value = value.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
