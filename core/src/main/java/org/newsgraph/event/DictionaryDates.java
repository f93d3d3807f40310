package org.newsgraph.event;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the dictionaries' dates: YYYYMMDD, or YYMMDD with years up to 30 read as 20YY (PETRARCH's rule). */
final class DictionaryDates {

  private DictionaryDates() {}

  static LocalDate parse(String text, String source, int line) {
    String digits = text.strip();
    try {
      if (digits.matches("\\d{8}")) {
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
            Integer.parseInt(digits.substring(6, 8)));
      }
      if (digits.matches("\\d{6}")) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
            Integer.parseInt(digits.substring(4, 6)));
      }
    } catch (DateTimeException e) {
      throw new DictionaryFormatException(source, line, "impossible date '" + text + "'");
    }
    throw new DictionaryFormatException(source, line, "date '" + text + "' is neither YYYYMMDD nor YYMMDD");
  }
}
