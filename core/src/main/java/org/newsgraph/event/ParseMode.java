package org.newsgraph.event;

/**
 * How a dictionary reader treats the known quirks of hand-edited dictionaries (a malformed {@code <! --} comment,
 * a section header with two codes, a synset nested in a synset): STRICT fails on them, LENIENT accepts them and
 * records a warning.
 */
public enum ParseMode {
  STRICT,
  LENIENT
}
