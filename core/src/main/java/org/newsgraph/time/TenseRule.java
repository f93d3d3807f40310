package org.newsgraph.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;

/**
 * Resolves a bare weekday name or "this weekend" in the direction the clause's tense points. The annotator
 * resolves a weekday name to the most recent one and "this weekend" to the weekend of the publication week,
 * whatever the tense: "will travel on Friday" written on a Wednesday got last Friday, and "met this weekend"
 * written on a Monday got the coming weekend. A past-tense clause moves the date back before the publication date,
 * a future-tense one forward.
 */
final class TenseRule implements TimexRule {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
  private static final Pattern WEEKEND_WORDS = Pattern.compile("(?i)(this |the )?weekend");

  private final TenseReader tenses;

  TenseRule(TimeWords words) {
    this.tenses = new TenseReader(words);
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    if (anchor == null || timex.value() == null) {
      return Optional.of(timex);
    }
    boolean weekday = isWeekdayName(timex.text());
    boolean weekend = WEEKEND_WORDS.matcher(timex.text()).matches();
    if (!weekday && !weekend) {
      return Optional.of(timex);
    }
    Tense tense = tenses.tenseOf(document, timex.firstToken(), timex.endToken());
    if (tense != Tense.PAST && tense != Tense.FUTURE) {
      return Optional.of(timex);
    }
    String value = weekday ? shiftDay(timex.value(), anchor, tense) : shiftWeekend(timex.value(), anchor, tense);
    return Optional.of(new Timex(timex.start(), timex.end(), timex.text(), timex.type(), value, timex.firstToken(),
        timex.endToken()));
  }

  private static boolean isWeekdayName(String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  private static String shiftDay(String value, LocalDate anchor, Tense tense) {
    Matcher matcher = DAY.matcher(value);
    if (!matcher.matches()) {
      return value;
    }
    LocalDate date = LocalDate.parse(value);
    while (tense == Tense.PAST && date.isAfter(anchor)) {
      date = date.minusWeeks(1);
    }
    while (tense == Tense.FUTURE && date.isBefore(anchor)) {
      date = date.plusWeeks(1);
    }
    return date.toString();
  }

  private static String shiftWeekend(String value, LocalDate anchor, Tense tense) {
    Matcher matcher = WEEKEND.matcher(value);
    if (!matcher.matches()) {
      return value;
    }
    LocalDate saturday = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
        .with(ChronoField.DAY_OF_WEEK, DayOfWeek.SATURDAY.getValue());
    while (tense == Tense.PAST && saturday.isAfter(anchor)) {
      saturday = saturday.minusWeeks(1);
    }
    while (tense == Tense.FUTURE && saturday.plusDays(1).isBefore(anchor)) {
      saturday = saturday.plusWeeks(1);
    }
    return String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
        saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
