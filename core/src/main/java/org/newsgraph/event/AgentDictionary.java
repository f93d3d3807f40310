package org.newsgraph.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Agent phrases (roles and sectors: minister, police, rebels) with their codes. Immutable. */
public final class AgentDictionary {

  private final PhraseIndex<AgentEntry> index;

  private AgentDictionary(PhraseIndex<AgentEntry> index) {
    this.index = index;
  }

  public static AgentDictionary of(Collection<AgentEntry> entries) {
    PhraseIndex.Builder<AgentEntry> builder = PhraseIndex.builder();
    entries.forEach(e -> builder.add(e.words(), e));
    return new AgentDictionary(builder.build());
  }

  /** The longest agent phrase starting at {@code from} in a sequence of upper-case words. */
  public Optional<PhraseMatch<AgentEntry>> longestAt(List<String> words, int from) {
    return index.longestAt(words, from);
  }

  public int size() {
    return index.size();
  }
}
