package org.newsgraph.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;

/**
 * Reads "last June" as the most recent June before the publication month and "next June" as the first one after
 * it (skipping the months right before and after it, which news calls "last month" and "next month"); SUTime takes the June of last or next year, which is a year off whenever the month
 * named lies between January and the publication month (for "last") or after it (for "next").
 */
final class LastMonthRule implements TimexRule {

  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DIRECTED = Pattern.compile("(?i)(last|next) (\\p{L}+\\.?)");

  private final TimeWords words;

  LastMonthRule(TimeWords words) {
    this.words = words;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    Matcher text = DIRECTED.matcher(timex.text());
    Matcher value = timex.value() == null ? null : MONTH_VALUE.matcher(timex.value());
    if (anchor == null || !text.matches() || value == null || !value.matches()
        || !words.monthNames().contains(text.group(2).toLowerCase(Locale.ROOT))) {
      return Optional.of(timex);
    }
    YearMonth published = YearMonth.from(anchor);
    YearMonth named = YearMonth.of(published.getYear(), Integer.parseInt(value.group(2)));
    // The month just before or after the publication month is "last month" or "next month"; naming it means
    // the year before or after ("last February" written in March).
    if (text.group(1).equalsIgnoreCase("last")) {
      named = named.isBefore(published.minusMonths(1)) ? named : named.minusYears(1);
    } else {
      named = named.isAfter(published.plusMonths(1)) ? named : named.plusYears(1);
    }
    return Optional.of(new Timex(timex.start(), timex.end(), timex.text(), timex.type(), named.toString(),
        timex.firstToken(), timex.endToken()));
  }
}
