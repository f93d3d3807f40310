package org.newsgraph.event;

import java.util.List;

/**
 * One phrase of the actor dictionary.
 *
 * @param words the phrase's upper-case words
 * @param primary the record's primary phrase (the same as {@code words} unless this is a synonym)
 * @param line where the record starts in its file
 */
public record ActorEntry(List<String> words, List<String> primary, ActorCodes codes, int line) {

  public ActorEntry {
    words = List.copyOf(words);
    primary = List.copyOf(primary);
  }
}
