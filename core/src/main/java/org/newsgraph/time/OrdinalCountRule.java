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
 * count days or years since an event the annotator does not know, so they name no calendar date. An ordinal with a
 * month, weekday or year ("the first Monday of May") still is one.
 */
final class OrdinalCountRule implements TimexRule {

  private final TimeWords words;

  OrdinalCountRule(TimeWords words) {
    this.words = words;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    List<Token> tokens = document.tokens().subList(timex.firstToken(), timex.endToken());
    boolean ordinal = tokens.stream().anyMatch(t -> words.isOrdinal(t.text()));
    boolean countNoun = tokens.stream().anyMatch(t -> words.countNouns().contains(lower(t)));
    boolean calendarName = tokens.stream().anyMatch(this::isCalendarName);
    return ordinal && countNoun && !calendarName ? Optional.empty() : Optional.of(timex);
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
