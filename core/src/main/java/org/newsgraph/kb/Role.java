package org.newsgraph.kb;

import java.time.LocalDate;

/**
 * One coded role of a dictionary actor: a CAMEO actor code ({@code RUSGOV}, {@code USAGOVLEG},
 * {@code IGOWSTNAT}) while {@code range} holds.
 */
public record Role(String code, DateRange range) {

  public boolean covers(LocalDate date) {
    return range.covers(date);
  }
}
