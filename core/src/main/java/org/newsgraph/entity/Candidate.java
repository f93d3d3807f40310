package org.newsgraph.entity;

/**
 * A name mention found in the text, before grouping.
 *
 * @param text the words of the text, {@code text.substring(start, end)}
 * @param name what the mention names, its text without a country before an organization's name ("Defense
 *     Intelligence Agency" of "U.S. Defense Intelligence Agency")
 * @param ner the recognizer's type (PERSON, ORGANIZATION, LOCATION, MISC), after newsgraph's corrections
 * @param weak only a piece of a larger word ("Russian" of "Russian-led"): kept only when it names something known
 * @param role the title written before a person's name, or null
 * @param longForm a longer way the text writes the same name ("Russian President Vladimir Putin"), or the whole
 *     compound of a weak mention ("Russian-led"); null when there is none
 */
record Candidate(int start, int end, String text, String name, String ner, boolean weak, String role,
    String longForm) {

  Candidate(int start, int end, String text, String ner) {
    this(start, end, text, text, ner, false, null, null);
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
