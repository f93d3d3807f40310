package org.newsgraph.entity;

/** A person's grammatical gender as far as the text tells it; {@code UNKNOWN} agrees with both. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Whether a person of this gender may be the one a word of gender {@code other} refers to. */
  public boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  /** The gender two pieces of evidence agree on: either one when the other is unknown, unknown when they clash. */
  public Gender and(Gender other) {
    if (this == UNKNOWN) {
      return other;
    }
    return other == UNKNOWN || other == this ? this : UNKNOWN;
  }
}
