package org.newsgraph.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a verb pattern around a verb: the words before {@code *} among the sentence's words before the verb, in
 * order, the words after it among the verb's own phrase (its dependency subtree) after it, in order; a blank
 * allows words in between, {@code _} does not. Words match a token's form or lemma.
 */
final class PatternMatcher {

  private final SentenceGraph graph;
  private final List<Mention> mentions;

  /** @param mentions the sentence's actor and agent phrases, which {@code ^} skips over */
  PatternMatcher(SentenceGraph graph, List<Mention> mentions) {
    this.graph = graph;
    this.mentions = mentions;
  }

  /**
   * Matches {@code pattern} for the verb phrase {@code [verbStart, verbEnd)}.
   *
   * @param region the tokens the words after the verb may match
   */
  Optional<PatternMatch> match(VerbPattern pattern, int verbStart, int verbEnd, BitSet region) {
    Map<PatternElement.Kind, Integer> beforeMarkers = new EnumMap<>(PatternElement.Kind.class);
    Map<PatternElement.Kind, Integer> afterMarkers = new EnumMap<>(PatternElement.Kind.class);
    List<Integer> tokens = new ArrayList<>();
    List<PatternElement> before = pattern.before();
    boolean adjacent = !before.isEmpty() && before.get(before.size() - 1).joinedToNext();
    if (!matchBefore(before, before.size() - 1, verbStart, adjacent, beforeMarkers, tokens)) {
      return Optional.empty();
    }
    if (!matchAfter(pattern.after(), 0, verbEnd, pattern.verbJoinedToNext(), region, afterMarkers, tokens)) {
      return Optional.empty();
    }
    return Optional.of(new PatternMatch(pattern, Map.copyOf(beforeMarkers), Map.copyOf(afterMarkers),
        List.copyOf(tokens)));
  }

  private boolean matchBefore(List<PatternElement> elements, int index, int limit, boolean adjacent,
      Map<PatternElement.Kind, Integer> markers, List<Integer> tokens) {
    if (index < 0) {
      return true;
    }
    PatternElement element = elements.get(index);
    boolean nextAdjacent = index > 0 && elements.get(index - 1).joinedToNext();
    if (element.isMarker()) {
      markers.put(element.kind(), limit);
      return matchBefore(elements, index - 1, limit, false, markers, tokens);
    }
    for (int end = limit; end > 0; end--) {
      for (List<String> phrase : element.phrases()) {
        int start = end - phrase.size();
        if (start >= 0 && matchesAt(phrase, start, null)) {
          int mark = tokens.size();
          for (int i = start; i < end; i++) {
            tokens.add(i);
          }
          if (matchBefore(elements, index - 1, start, nextAdjacent, markers, tokens)) {
            return true;
          }
          tokens.subList(mark, tokens.size()).clear();
        }
      }
      if (adjacent) {
        break;
      }
    }
    return false;
  }

  private boolean matchAfter(List<PatternElement> elements, int index, int from, boolean adjacent, BitSet region,
      Map<PatternElement.Kind, Integer> markers, List<Integer> tokens) {
    if (index >= elements.size()) {
      return true;
    }
    PatternElement element = elements.get(index);
    if (element.kind() == PatternElement.Kind.SKIP) {
      // Before words, a skipped phrase is just a gap; before a marker, the marker's actor is the next phrase.
      boolean beforeWords = index + 1 < elements.size() && !elements.get(index + 1).isMarker();
      return matchAfter(elements, index + 1, beforeWords ? from : skipPhrase(from), false, region, markers,
          tokens);
    }
    if (element.isMarker()) {
      markers.put(element.kind(), from);
      return matchAfter(elements, index + 1, from, false, region, markers, tokens);
    }
    for (int start = from; start < graph.size(); start++) {
      for (List<String> phrase : element.phrases()) {
        if (matchesAt(phrase, start, region)) {
          int mark = tokens.size();
          for (int i = start; i < start + phrase.size(); i++) {
            tokens.add(i);
          }
          if (matchAfter(elements, index + 1, start + phrase.size(), element.joinedToNext(), region, markers,
              tokens)) {
            return true;
          }
          tokens.subList(mark, tokens.size()).clear();
        }
      }
      if (adjacent) {
        break;
      }
    }
    return false;
  }

  /** The position after the first actor or agent phrase at or after {@code from}. */
  private int skipPhrase(int from) {
    for (Mention m : mentions) {
      if (m.start() >= from) {
        return m.end();
      }
    }
    return from;
  }

  private boolean matchesAt(List<String> phrase, int start, BitSet region) {
    if (start + phrase.size() > graph.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      int i = start + k;
      if ((region != null && !region.get(i)) || !graph.matches(i, phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
