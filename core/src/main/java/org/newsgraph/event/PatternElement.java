package org.newsgraph.event;

import java.util.List;

/**
 * One element of a verb pattern.
 *
 * @param kind what the element stands for
 * @param phrases for WORDS: the alternative phrases (one for a plain word, several for a synset), each a list of
 *     consecutive upper-case words; empty for the other kinds
 * @param joinedToNext whether the next element must follow immediately ({@code _} in the dictionary) rather than
 *     after any number of words (a blank)
 */
public record PatternElement(Kind kind, List<List<String>> phrases, boolean joinedToNext) {

  /** The kinds of pattern elements. */
  public enum Kind {
    /** Literal words or a synset ({@code &NAME}). */
    WORDS,
    /** The source actor ({@code $}). */
    SOURCE,
    /** The target actor ({@code +}). */
    TARGET,
    /** A compound actor whose members act on each other ({@code %}). */
    COMPOUND,
    /** Skip a noun phrase ({@code ^}). */
    SKIP
  }

  public PatternElement {
    phrases = phrases.stream().map(List::copyOf).toList();
  }

  public boolean isMarker() {
    return kind != Kind.WORDS;
  }

  /** How many words the element's longest phrase has. */
  public int weight() {
    return phrases.stream().mapToInt(List::size).max().orElse(1);
  }
}
