package org.newsgraph.event;

import java.util.List;

/**
 * A verb block ({@code --- NAME [code] ---}): synonymous verbs, their default code and the patterns that refine it.
 */
public record VerbBlock(String name, EventCode code, List<VerbForm> verbs, List<VerbPattern> patterns, int line) {

  public VerbBlock {
    verbs = List.copyOf(verbs);
    patterns = List.copyOf(patterns);
  }

  /** The code a verb yields when none of the block's patterns matches. */
  public EventCode defaultCode(VerbForm verb) {
    return verb.code() != null ? verb.code() : code;
  }
}
