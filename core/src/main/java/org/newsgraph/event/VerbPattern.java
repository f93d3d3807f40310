package org.newsgraph.event;

import java.util.List;

/**
 * A verb pattern: the elements before the verb ({@code *}) and after it, and the code it yields.
 *
 * @param verbJoinedToNext whether the first element after the verb must follow it immediately ({@code *_OUT})
 * @param line where the pattern is in its file
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, boolean verbJoinedToNext,
    EventCode code, int line) {

  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** How specific the pattern is: the words and markers it requires. */
  public int weight() {
    return before.stream().mapToInt(PatternElement::weight).sum()
        + after.stream().mapToInt(PatternElement::weight).sum();
  }
}
