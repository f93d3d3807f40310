package org.newsgraph.framing;

import java.util.Locale;

/** How an attribution cue colours what was said: neutral, positive (authoritative) or negative (belittling). */
public enum Connotation {
  NEUTRAL,
  POSITIVE,
  NEGATIVE;

  /** The lower-case name the output and the data files use. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Connotation parse(String value, String where) {
    for (Connotation connotation : values()) {
      if (connotation.json().equals(value)) {
        return connotation;
      }
    }
    throw new IllegalStateException(where + ": unknown connotation \"" + value + "\" (neutral, positive, negative)");
  }
}
