package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * Resolves a calendar name without a year or a direction word (a weekday, "the weekend", a month, "the third
 * quarter") in the direction the clause's tense points. SUTime resolves these by its own rules, and keeps what it
 * learned from one document's tense for the next (CoreNLP issue 1061): "will travel on Friday" written on a
 * Wednesday can get last Friday, "met this weekend" written on a Monday the coming weekend, "rose in March" written
 * in October next March. A past-tense clause moves the period back until it starts by the publication date, a
 * future-tense one forward until it ends on or after it. A weekday or weekend is first put at its occurrence nearest
 * the publication date, so that a present-tense clause gets a value of its own document too; a month or quarter in
 * a present-tense clause keeps SUTime's value.
 */
final class TenseRule implements TimexRule {

  private static final Pattern YEAR = Pattern.compile(".*\\b\\d{4}\\b.*|.*'\\d{2}\\b.*");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Pattern WEEKEND_WORDS = Pattern.compile("(?i)(this |the )?weekend");

  private final TimeWords words;
  private final TenseReader tenses;

  TenseRule(TimeWords words) {
    this.words = words;
    this.tenses = new TenseReader(words);
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    if (anchor == null || timex.value() == null || !undirected(timex, document)) {
      return Optional.of(timex);
    }
    Optional<CalendarValue> parsed = CalendarValue.parse(timex.value());
    if (parsed.isEmpty()) {
      return Optional.of(timex);
    }
    CalendarValue period = parsed.get();
    boolean weekly = !namesMonth(timex, document) && !timex.text().toLowerCase(Locale.ROOT).contains("quarter");
    // A weekday or weekend is an event's time wherever it hangs; a month or quarter may date a noun instead
    // ("payable Dec. 7", "a third-quarter loss"), so only one that modifies the verb follows its tense.
    Tense tense = weekly ? tenses.tenseOf(document, timex.firstToken(), timex.endToken())
        : tenses.tenseOfGoverningVerb(document, timex.firstToken(), timex.endToken());
    if (weekly) {
      period = nearest(period, anchor);
    }
    for (int guard = 0; guard < 4 && tense == Tense.PAST && period.first().isAfter(anchor); guard++) {
      period = period.shifted(-1, weekly);
    }
    for (int guard = 0; guard < 4 && tense == Tense.FUTURE && period.last().isBefore(anchor); guard++) {
      period = period.shifted(1, weekly);
    }
    return Optional.of(new Timex(timex.start(), timex.end(), timex.text(), timex.type(), period.value(),
        timex.firstToken(), timex.endToken()));
  }

  /**
   * The occurrence of a weekday or weekend within three days of the publication date. SUTime's own choice depends
   * on the tenses of documents it annotated before; starting from the nearest occurrence makes the value depend on
   * this document alone.
   */
  private static CalendarValue nearest(CalendarValue period, LocalDate anchor) {
    for (int guard = 0; guard < 60 && period.first().isAfter(anchor.plusDays(3)); guard++) {
      period = period.shifted(-1, true);
    }
    for (int guard = 0; guard < 60 && period.last().isBefore(anchor.minusDays(3)); guard++) {
      period = period.shifted(1, true);
    }
    return period;
  }

  private boolean namesMonth(Timex timex, Annotated document) {
    return document.tokens().subList(timex.firstToken(), timex.endToken()).stream()
        .anyMatch(t -> words.monthNames().contains(t.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the expression names a weekday, weekend, month or quarter with neither a year nor a word that fixes
   * the direction ("last", "next", "this" – but "this weekend" is as ambiguous as "the weekend"), nor both a
   * weekday and a date.
   */
  private boolean undirected(Timex timex, Annotated document) {
    if (WEEKEND_WORDS.matcher(timex.text()).matches()) {
      return true;
    }
    if (YEAR.matcher(timex.text()).matches()) {
      return false;
    }
    boolean weekday = false;
    boolean month = false;
    boolean quarter = false;
    for (Token token : document.tokens().subList(timex.firstToken(), timex.endToken())) {
      String word = token.text().toLowerCase(Locale.ROOT);
      if (words.directionWords().contains(word)) {
        return false;
      }
      weekday |= WEEKDAYS.contains(word);
      month |= words.monthNames().contains(word);
      quarter |= word.contains("quarter");
    }
    // "Saturday, April 25": the weekday already tells the year apart, and SUTime uses it.
    return weekday != month || quarter;
  }
}
