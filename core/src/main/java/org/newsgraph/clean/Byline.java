package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline line: {@code Jane Doe – May 16, 2022}, {@code By Jane Doe and John Roe}, {@code By Jane Doe — 3 March 2025}.
 * A dash between names and date may be an en dash, an em dash or a hyphen.
 *
 * @param published the ISO date of the byline, or null when it has none
 */
record Byline(List<String> authors, String published) {

  private static final String WORD = "\\p{Lu}[\\p{L}\u2019'.-]*";
  private static final String PARTICLE = "(?:de|da|del|der|den|di|du|van|von|la|le|bin|al|el|ibn)";
  private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + WORD + "){1,4}";
  private static final String NAMES = NAME + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*";
  private static final Pattern LINE = Pattern.compile(
      "^(?<by>[Bb]y\\s+)?(?<names>" + NAMES + ")(?:\\s*[\u2013\u2014-]\\s*(?<date>.+))?$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

  Byline {
    authors = List.copyOf(authors);
  }

  /**
   * The byline on {@code line}, if it is one: {@code By} and names, or names and a date. Names alone are not a
   * byline (they could be an outlet or a title).
   */
  static Optional<Byline> parse(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String published = null;
    if (m.group("date") != null) {
      if (!PublishedDate.isWholeDate(m.group("date"))) {
        return Optional.empty();
      }
      published = PublishedDate.parse(m.group("date")).orElse(null);
    } else if (m.group("by") == null) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String name : SEPARATOR.split(m.group("names"))) {
      if (!name.isBlank()) {
        authors.add(name.strip());
      }
    }
    return Optional.of(new Byline(authors, published));
  }
}
