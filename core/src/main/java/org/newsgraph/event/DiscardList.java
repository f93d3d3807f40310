package org.newsgraph.event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

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

  private record Entry(int order, List<String> words, String phrase, Scope scope) {}

  private final List<Entry> entries;
  /** Entries by first word: a sentence is checked against the phrases that can start at each of its words. */
  private final Map<String, List<Entry>> byFirstWord;

  private DiscardList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> index = new HashMap<>();
    for (Entry entry : this.entries) {
      index.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
    }
    this.byFirstWord = Map.copyOf(index);
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
      entries.add(new Entry(entries.size(), words, phrase, scope));
    }
    return new DiscardList(entries);
  }

  /** This list without the phrases the predicate selects (given as written in the file, e.g. {@code 1983}). */
  public DiscardList without(Predicate<String> phrase) {
    List<Entry> kept = new ArrayList<>();
    for (Entry entry : entries) {
      if (!phrase.test(entry.phrase())) {
        kept.add(new Entry(kept.size(), entry.words(), entry.phrase(), entry.scope()));
      }
    }
    return new DiscardList(kept);
  }

  /** The first discard phrase (in file order) found among upper-case words, story discards first. */
  public Optional<Hit> find(List<String> words) {
    Entry story = null;
    Entry sentence = null;
    for (int i = 0; i < words.size(); i++) {
      for (Entry entry : byFirstWord.getOrDefault(words.get(i), List.of())) {
        int n = entry.words().size();
        if (i + n > words.size() || !words.subList(i, i + n).equals(entry.words())) {
          continue;
        }
        if (entry.scope() == Scope.STORY) {
          story = story == null || entry.order() < story.order() ? entry : story;
        } else {
          sentence = sentence == null || entry.order() < sentence.order() ? entry : sentence;
        }
      }
    }
    Entry hit = story != null ? story : sentence;
    return hit == null ? Optional.empty() : Optional.of(new Hit(hit.phrase(), hit.scope()));
  }

  public int size() {
    return entries.size();
  }
}
