package org.newsgraph.server.web;

import java.util.List;

/**
 * A stretch of article text covered by the same set of highlights (none for plain text).
 *
 * @param anchors the ids of the facts whose first words start here
 * @param pairs each highlight of the run as {@code kind:fact} (a quote's content and another quote's cue differ)
 * @param removed whether this is text that cleaning removed, shown on request
 */
public record Run(String text, int start, List<String> kinds, List<String> facts, List<String> anchors, List<String> pairs,
    boolean removed) {

  public Run {
    kinds = List.copyOf(kinds);
    facts = List.copyOf(facts);
    anchors = List.copyOf(anchors);
    pairs = List.copyOf(pairs);
  }

  public boolean plain() {
    return kinds.isEmpty() && !removed;
  }

  /** The CSS classes of the run. */
  public String classes() {
    return String.join(" ", kinds);
  }

  /** The run's highlights as {@code kind:fact}, space-separated. */
  public String pairList() {
    return String.join(" ", pairs);
  }

  /** The facts the run belongs to, space-separated, for the page's script. */
  public String factList() {
    return String.join(" ", facts);
  }
}
