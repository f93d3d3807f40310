package org.newsgraph.event;

import java.util.List;
import java.util.Map;

/**
 * A verb pattern matched in a sentence.
 *
 * @param markers where the pattern's markers bind: for a marker after the verb, the first token position at
 *     which its actor is looked for; for one before the verb, -1 (it stands for the subject)
 * @param tokens the sentence-relative tokens the pattern's words matched
 */
record PatternMatch(VerbPattern pattern, Map<PatternElement.Kind, Integer> markers, List<Integer> tokens) {

  boolean has(PatternElement.Kind kind) {
    return markers.containsKey(kind);
  }

  /** Whether the marker is bound before the verb (to the subject). */
  boolean before(PatternElement.Kind kind) {
    Integer at = markers.get(kind);
    return at != null && at < 0;
  }
}
