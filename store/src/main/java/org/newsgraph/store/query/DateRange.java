package org.newsgraph.store.query;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, both included; a null end is open.
 */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range: " + to + " is before " + from);
    }
  }

  /** The range of two ISO dates as given on a command line or in a URL; null or blank ends are open. */
  public static DateRange parse(String from, String to) {
    LocalDate start = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
    LocalDate end = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
    return start == null && end == null ? null : new DateRange(start, end);
  }
}
