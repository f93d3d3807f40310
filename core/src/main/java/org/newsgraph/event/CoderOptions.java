package org.newsgraph.event;

/**
 * How the coder decides what to keep.
 *
 * @param requireDyad keep only codings with both a source and a target (PETRARCH's {@code require_dyad})
 */
public record CoderOptions(boolean requireDyad) {

  /** PETRARCH's defaults. */
  public static CoderOptions defaults() {
    return new CoderOptions(true);
  }
}
