package org.newsgraph.model;

/** Lexicon tone of a text: positive minus negative word share, in percent. */
public record Tone(double score, double positive, double negative, int words) {

  /** The tone of a text not yet scored. */
  public static final Tone NONE = new Tone(0, 0, 0, 0);
}
