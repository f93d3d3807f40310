package org.newsgraph.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value naming one calendar period (a day, a weekend, a month, a quarter) as a date range that can be
 * moved by whole weeks or years and written back.
 */
final class CalendarValue {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private enum Kind { DAY, WEEKEND, MONTH, QUARTER }

  private final Kind kind;
  private final LocalDate first;

  private CalendarValue(Kind kind, LocalDate first) {
    this.kind = kind;
    this.first = first;
  }

  static Optional<CalendarValue> parse(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      return Optional.of(new CalendarValue(Kind.DAY, LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
    }
    if ((m = WEEKEND.matcher(value)).matches()) {
      LocalDate saturday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(ChronoField.DAY_OF_WEEK, DayOfWeek.SATURDAY.getValue());
      return Optional.of(new CalendarValue(Kind.WEEKEND, saturday));
    }
    if ((m = MONTH.matcher(value)).matches()) {
      return Optional.of(new CalendarValue(Kind.MONTH, LocalDate.of(num(m, 1), num(m, 2), 1)));
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      return Optional.of(new CalendarValue(Kind.QUARTER, LocalDate.of(num(m, 1), 3 * num(m, 2) - 2, 1)));
    }
    return Optional.empty();
  }

  private static int num(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  LocalDate first() {
    return first;
  }

  LocalDate last() {
    return switch (kind) {
      case DAY -> first;
      case WEEKEND -> first.plusDays(1);
      case MONTH -> YearMonth.from(first).atEndOfMonth();
      case QUARTER -> YearMonth.from(first.plusMonths(2)).atEndOfMonth();
    };
  }

  /**
   * The same period some cycles later or earlier: a weekday's by weeks, a date's, month's or quarter's by years.
   *
   * @param weekly whether a day value names a weekday (moves by weeks) rather than a day of a month (by years)
   */
  CalendarValue shifted(int cycles, boolean weekly) {
    boolean byWeeks = kind == Kind.WEEKEND || (kind == Kind.DAY && weekly);
    return new CalendarValue(kind, byWeeks ? first.plusWeeks(cycles) : first.plusYears(cycles));
  }

  String value() {
    return switch (kind) {
      case DAY -> first.toString();
      case WEEKEND -> String.format(Locale.ROOT, "%d-W%02d-WE", first.get(IsoFields.WEEK_BASED_YEAR),
          first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(first).toString();
      case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    };
  }
}
