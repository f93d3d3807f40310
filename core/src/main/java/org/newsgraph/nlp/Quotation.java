package org.newsgraph.nlp;

/**
 * A stretch of text between quotation marks, marks included: {@code [start, end)}.
 *
 * @param closed whether a closing mark ends it; an unclosed one ends at its paragraph's end
 */
public record Quotation(int start, int end, boolean closed) {

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(int from, int to) {
    return from < end && to > start;
  }
}
