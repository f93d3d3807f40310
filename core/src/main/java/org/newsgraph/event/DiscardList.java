package org.newsgraph.event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PETRARCH's discard list: phrases that mark a sentence (plain) or a whole story ({@code +PHRASE}) as not to be
 * coded, such as sports results. Immutable.
 */
public final class DiscardList {

  /** What a discard phrase throws away. */
  public enum Scope {
    SENTENCE,
    STORY
  }

  /** A discard phrase found in a text. */
  public record Hit(String phrase, Scope scope) {}

  private record Entry(List<String> words, String phrase, Scope scope) {}

  private final List<Entry> entries;

  private DiscardList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static DiscardList empty() {
    return new DiscardList(List.of());
  }

  /** Reads a discard file; {@code source} names it in errors. */
  public static DiscardList read(String source, Reader reader, ParseMode mode, Consumer<String> warnings) {
    List<Entry> entries = new ArrayList<>();
    for (DictionaryLine line : new DictionaryLines(source, mode, warnings).read(reader)) {
      String text = line.text();
      Scope scope = text.startsWith("+") ? Scope.STORY : Scope.SENTENCE;
      String phrase = scope == Scope.STORY ? text.substring(1).strip() : text;
      List<String> words = Phrases.words(phrase);
      if (words.isEmpty()) {
        throw new DictionaryFormatException(source, line.number(), "empty discard phrase");
      }
      entries.add(new Entry(words, phrase, scope));
    }
    return new DiscardList(entries);
  }

  /** The first discard phrase found among upper-case words, story discards first. */
  public Optional<Hit> find(List<String> words) {
    Optional<Hit> sentence = Optional.empty();
    for (Entry entry : entries) {
      if (contains(words, entry.words())) {
        if (entry.scope() == Scope.STORY) {
          return Optional.of(new Hit(entry.phrase(), entry.scope()));
        }
        if (sentence.isEmpty()) {
          sentence = Optional.of(new Hit(entry.phrase(), entry.scope()));
        }
      }
    }
    return sentence;
  }

  private static boolean contains(List<String> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return entries.size();
  }
}
