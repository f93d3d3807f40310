package org.newsgraph.event;

import java.util.List;
import java.util.Optional;

/**
 * What the coder made of one sentence: its codings, or the discard phrase that kept it from being coded.
 */
public record SentenceCodings(List<Coding> codings, Optional<DiscardList.Hit> discard) {

  public SentenceCodings {
    codings = List.copyOf(codings);
  }
}
