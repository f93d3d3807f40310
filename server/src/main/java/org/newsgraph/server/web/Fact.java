package org.newsgraph.server.web;

import java.util.List;

/**
 * One line of an article page's side panel: a fact and the anchor of its words in the text.
 *
 * @param kind the highlight class it shares with its words
 * @param link a page about the fact (an entity's), or null
 * @param flags short labels: the cue, the reporter's framing, an event's negation
 */
public record Fact(String anchor, String kind, String label, String detail, List<String> flags, String link) {

  public Fact {
    flags = List.copyOf(flags);
  }
}
