package org.newsgraph.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as sources write it ({@code May 16, 2022}, {@code 16 May 2022},
 * {@code 2022-05-16T09:30:00-04:00}, {@code 2022/05/16}) and writes it as ISO-8601, as precise as the source was.
 */
final class PublishedDate {

  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)^(?:[a-z]+\\.?,?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)^(?:[a-z]+\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  /** A time after a written date ({@code , 5:30 PM ET}, {@code at 10:04 a.m.}); the date is kept, the time dropped. */
  private static final Pattern TIME_AFTER = Pattern.compile("^,?\\s+(?:at\\s+)?\\d{1,2}"
      + "(?::\\d{2}\\s*(?:[aApP]\\.?[mM]\\.?)?|\\s*[aApP]\\.?[mM]\\.?)(?:\\s+[A-Z]{2,4})?\\s*$");
  private static final Pattern NUMERIC = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern RFC_1123 = Pattern.compile("^[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} ");

  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\d])[\\p{L}\\d]");
  private static final Pattern NUMERIC_START = Pattern.compile("^(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})(?!\\d)");

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private PublishedDate() {}

  /** The ISO-8601 form of {@code value}, or empty when it is not a date this class reads. */
  static Optional<String> parse(String value) {
    return read(value).filter(PublishedDate::plausible);
  }

  /** A placeholder such as {@code 0001-01-01} is no date. */
  private static boolean plausible(String iso) {
    int year = Integer.parseInt(iso.substring(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  private static Optional<String> read(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = Whitespace.line(value);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> iso = iso(v);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(v);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = NUMERIC.matcher(v);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** The first date written anywhere in {@code line} ({@code Updated 5:27 am CST, Wednesday, March 6, 2025}). */
  static Optional<String> find(String line) {
    if (line == null) {
      return Optional.empty();
    }
    Matcher word = WORD_START.matcher(line);
    while (word.find()) {
      String rest = line.substring(word.start());
      Optional<String> date = parse(rest);
      if (date.isEmpty()) {
        Matcher numeric = NUMERIC_START.matcher(rest);
        date = numeric.find() ? parse(numeric.group(1)) : Optional.empty();
      }
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** True when the whole of {@code value} is a date (with at most a weekday before it), as on a dateline. */
  static boolean isWholeDate(String value) {
    String v = Whitespace.line(value);
    Matcher a = MONTH_DAY_YEAR.matcher(v);
    Matcher b = DAY_MONTH_YEAR.matcher(v);
    return (a.find() && endsAt(a.end(), v)) || (b.find() && endsAt(b.end(), v)) || NUMERIC.matcher(v).find()
        || (ISO_PREFIX.matcher(v).find() && iso(v).isPresent());
  }

  private static boolean endsAt(int end, String v) {
    return end == v.length() || TIME_AFTER.matcher(v.substring(end)).matches();
  }

  private static Optional<String> iso(String v) {
    try {
      return Optional.of(OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not with an offset; try the less precise forms
    }
    try {
      return Optional.of(ZonedDateTime.parse(v).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not with a zone either
    }
    if (RFC_1123.matcher(v).find()) {
      try {
        return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        // falls through to the other forms
      }
    }
    try {
      return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      // a date only, perhaps
    }
    Matcher prefix = ISO_PREFIX.matcher(v);
    if (prefix.find()) {
      try {
        return Optional.of(LocalDate.parse(prefix.group(1)).toString());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String three = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(three)) {
        return month.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Optional<String> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
