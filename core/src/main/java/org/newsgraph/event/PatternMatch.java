package org.newsgraph.event;

import java.util.List;
import java.util.Map;

/**
 * A verb pattern matched in a sentence.
 *
 * @param before markers before the verb, each with the token position its actor must end at or before (the next
 *     matched word, or the verb)
 * @param after markers after the verb, each with the token position its actor is looked for from
 * @param tokens the sentence-relative tokens the pattern's words matched
 */
record PatternMatch(VerbPattern pattern, Map<PatternElement.Kind, Integer> before,
    Map<PatternElement.Kind, Integer> after, List<Integer> tokens) {

  boolean has(PatternElement.Kind kind) {
    return before.containsKey(kind) || after.containsKey(kind);
  }

  boolean isBefore(PatternElement.Kind kind) {
    return before.containsKey(kind);
  }

  boolean isAfter(PatternElement.Kind kind) {
    return after.containsKey(kind);
  }
}
