package org.newsgraph.quote;

/**
 * A stretch of text between quotation marks, marks included: {@code [start, end)}.
 *
 * @param closed whether a closing mark ends it; an unclosed one ends at its paragraph's end
 */
record Quotation(int start, int end, boolean closed) {

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  boolean overlaps(int from, int to) {
    return from < end && to > start;
  }
}
