package org.newsgraph.kb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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
