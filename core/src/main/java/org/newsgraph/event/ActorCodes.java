package org.newsgraph.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The codes of one actor record, shared by its phrase and synonyms: dated restrictions tried in file order (the
 * first that applies wins), then an undated restriction, then the code on the phrase line.
 *
 * @param defaultCode the code on the phrase line, or null
 */
public record ActorCodes(String defaultCode, List<DatedCode> restrictions) {

  public ActorCodes {
    restrictions = List.copyOf(restrictions);
  }

  /**
   * The codes on a date; several when the code lists alternatives ({@code ELR/GAL}), none for the null code.
   *
   * @param date the sentence's date, or null to use the undated code
   */
  public List<String> on(LocalDate date) {
    String code = null;
    if (date != null) {
      for (DatedCode restriction : restrictions) {
        if (!restriction.isUndated() && restriction.appliesOn(date)) {
          code = restriction.code();
          break;
        }
      }
    }
    if (code == null) {
      code = restrictions.stream().filter(DatedCode::isUndated).map(DatedCode::code).findFirst()
          .orElse(defaultCode);
    }
    if (code == null || code.equals("---")) {
      return List.of();
    }
    return Arrays.stream(code.split("/")).filter(c -> !c.isEmpty()).toList();
  }
}
