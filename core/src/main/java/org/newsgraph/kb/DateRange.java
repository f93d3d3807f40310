package org.newsgraph.kb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a role holds: {@code from} and {@code to} inclusive, either open (null). An entry with both open is the
 * dictionary's default role, used when no dated role covers a date.
 */
public record DateRange(LocalDate from, LocalDate to) {

  static final DateRange ALWAYS = new DateRange(null, null);
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public boolean undated() {
    return from == null && to == null;
  }

  /**
   * Parses a TABARI restriction: {@code 991231-080507}, {@code >080508} (from), {@code <910825} (until), or
   * empty; two-digit years up to 14 are 20xx (the dictionaries date from 2014). Empty when unreadable.
   */
  static Optional<DateRange> parseTabari(String text) {
    String t = text.replace(" ", "");
    try {
      if (t.isEmpty()) {
        return Optional.of(ALWAYS);
      }
      if (t.startsWith(">")) {
        return Optional.of(new DateRange(tabariDate(t.substring(1)), null));
      }
      if (t.startsWith("<")) {
        return Optional.of(new DateRange(null, tabariDate(t.substring(1))));
      }
      int dash = t.indexOf('-');
      if (dash > 0) {
        return Optional.of(new DateRange(tabariDate(t.substring(0, dash)), tabariDate(t.substring(dash + 1))));
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static LocalDate tabariDate(String digits) {
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      return LocalDate.parse((yy <= 14 ? "20" : "19") + digits, COMPACT);
    }
    if (digits.length() == 8) {
      return LocalDate.parse(digits, COMPACT);
    }
    throw new IllegalArgumentException("not a TABARI date: " + digits);
  }

  /** The compact form the compiled resources use: {@code yyyymmdd-yyyymmdd}, either side empty when open. */
  String compact() {
    return (from == null ? "" : COMPACT.format(from)) + "-" + (to == null ? "" : COMPACT.format(to));
  }

  static DateRange parseCompact(String text) {
    int dash = text.indexOf('-');
    return new DateRange(compactDate(text.substring(0, dash)), compactDate(text.substring(dash + 1)));
  }

  // Hand-parsed: the knowledge base reads tens of thousands of these at load time.
  private static LocalDate compactDate(String yyyymmdd) {
    if (yyyymmdd.isEmpty()) {
      return null;
    }
    return LocalDate.of(Integer.parseInt(yyyymmdd, 0, 4, 10), Integer.parseInt(yyyymmdd, 4, 6, 10),
        Integer.parseInt(yyyymmdd, 6, 8, 10));
  }
}
