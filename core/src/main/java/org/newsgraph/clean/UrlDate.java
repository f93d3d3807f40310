package org.newsgraph.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day an article's address carries, as news sites write it into their paths:
 * {@code /2024/03/05/}, {@code /2024-03-05-}, {@code /20240305/}. A year and month alone is no day, and a
 * number that could be an id is not read as a date unless separators mark it.
 */
final class UrlDate {

  private static final Pattern SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[-_.])");
  private static final Pattern DASHED = Pattern.compile("[/_-]((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?:[/_.-]|$)");
  private static final Pattern PACKED = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");

  private UrlDate() {}

  /** The day in {@code url}'s path, when it carries one. */
  static Optional<LocalDate> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "");
    for (Pattern p : new Pattern[] {SLASHED, DASHED, PACKED}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
          // not a calendar day: an id that looks like one
        }
      }
    }
    return Optional.empty();
  }
}
