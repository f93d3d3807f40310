package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the longest dictionary phrase starting at a position of an upper-case word sequence; the phrase's words
 * must be consecutive. Immutable once built.
 */
final class PhraseIndex<T> {

  private record Keyed<T>(List<String> words, T value) {}

  private final Map<String, List<Keyed<T>>> byFirstWord;

  private PhraseIndex(Map<String, List<Keyed<T>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  Optional<PhraseMatch<T>> longestAt(List<String> words, int from) {
    List<Keyed<T>> candidates = byFirstWord.get(words.get(from));
    if (candidates == null) {
      return Optional.empty();
    }
    for (Keyed<T> candidate : candidates) {
      int n = candidate.words().size();
      if (from + n <= words.size() && words.subList(from, from + n).equals(candidate.words())) {
        return Optional.of(new PhraseMatch<>(candidate.value(), from, from + n));
      }
    }
    return Optional.empty();
  }

  int size() {
    return byFirstWord.values().stream().mapToInt(List::size).sum();
  }

  /** Collects phrases; the first phrase added wins over a later identical one. */
  static final class Builder<T> {
    private final Map<String, List<Keyed<T>>> byFirstWord = new HashMap<>();

    Builder<T> add(List<String> words, T value) {
      if (words.isEmpty()) {
        return this;
      }
      List<Keyed<T>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
      if (list.stream().noneMatch(k -> k.words().equals(words))) {
        list.add(new Keyed<>(List.copyOf(words), value));
      }
      return this;
    }

    PhraseIndex<T> build() {
      Map<String, List<Keyed<T>>> frozen = new HashMap<>();
      byFirstWord.forEach((first, list) -> {
        List<Keyed<T>> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Keyed<T> k) -> k.words().size()).reversed());
        frozen.put(first, List.copyOf(sorted));
      });
      return new PhraseIndex<>(Map.copyOf(frozen));
    }
  }
}
