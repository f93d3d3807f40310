package org.newsgraph.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Actor phrases (countries, organizations, people) with their dated CAMEO codes. Immutable. */
public final class ActorDictionary {

  private final PhraseIndex<ActorEntry> index;

  private ActorDictionary(PhraseIndex<ActorEntry> index) {
    this.index = index;
  }

  /** Merges entries; on identical phrases the first given wins, as in PETRARCH's file order. */
  public static ActorDictionary of(Collection<ActorEntry> entries) {
    PhraseIndex.Builder<ActorEntry> builder = PhraseIndex.builder();
    entries.forEach(e -> builder.add(e.words(), e));
    return new ActorDictionary(builder.build());
  }

  /** Merges several dictionaries (e.g. the Phoenix country, international and non-state files). */
  public static ActorDictionary merge(List<List<ActorEntry>> files) {
    return of(files.stream().flatMap(List::stream).toList());
  }

  /** The longest actor phrase starting at {@code from} in a sequence of upper-case words. */
  public Optional<PhraseMatch<ActorEntry>> longestAt(List<String> words, int from) {
    return index.longestAt(words, from);
  }

  public int size() {
    return index.size();
  }
}
