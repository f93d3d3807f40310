package org.newsgraph.event;

/**
 * A dictionary entry found in a word sequence.
 *
 * @param start index of the first matched word
 * @param end index after the last matched word
 */
public record PhraseMatch<T>(T entry, int start, int end) {

  public int length() {
    return end - start;
  }
}
