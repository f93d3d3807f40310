package org.newsgraph.event;

import java.time.LocalDate;

/**
 * An actor code valid between two dates, both inclusive; a null bound is open.
 *
 * @param code the CAMEO actor code, e.g. {@code RUSGOV}; {@code ---} is the null code
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

  public boolean appliesOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public boolean isUndated() {
    return from == null && to == null;
  }
}
