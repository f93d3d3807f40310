package org.newsgraph.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * Drops an ordinal count of elapsed time taken for a date: "the war enters its 82nd day", "the tenth anniversary"
 * count days or years since an event the annotator does not know, and SUTime adds the count to the publication
 * date. Only an ordinal right before a singular time noun, in an expression typed DATE, with no month, weekday or
 * year ("the first Monday of May" is a date; "the first nine months" a duration).
 */
final class OrdinalCountRule implements TimexRule {

  private final TimeWords words;

  OrdinalCountRule(TimeWords words) {
    this.words = words;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    if (!"DATE".equals(timex.type())) {
      return Optional.of(timex);
    }
    List<Token> tokens = document.tokens().subList(timex.firstToken(), timex.endToken());
    boolean ordinalCount = false;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      ordinalCount |= words.isOrdinal(tokens.get(i).text()) && words.countNouns().contains(lower(tokens.get(i + 1)));
    }
    boolean calendarName = tokens.stream().anyMatch(this::isCalendarName);
    return ordinalCount && !calendarName ? Optional.empty() : Optional.of(timex);
  }

  private boolean isCalendarName(Token token) {
    String text = token.text();
    boolean year = text.length() == 4 && text.chars().allMatch(Character::isDigit);
    boolean name = Character.isUpperCase(text.charAt(0)) && words.properTimeWords().contains(lower(token))
        && !words.countNouns().contains(lower(token));
    return year || name;
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
