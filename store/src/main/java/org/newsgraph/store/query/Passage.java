package org.newsgraph.store.query;

import java.util.List;

/**
 * A passage of an article's text, {@code start}..{@code end}, and where the words a query matched stand in it; every
 * offset is into the article's text.
 */
public record Passage(int start, int end, List<Match> matches) {

  public Passage {
    matches = List.copyOf(matches);
  }

  /** A matched word or phrase, {@code text.substring(start, end)}. */
  public record Match(int start, int end) {}
}
