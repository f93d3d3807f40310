package org.newsgraph.framing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * The connotation lexicon of attribution cues ({@code cue-connotations.tsv}): which cue words are neutral, positive
 * or negative, and which count as loaded even when no quote is attributed with them.
 */
public final class Connotations {

  static final String RESOURCE = "cue-connotations.tsv";

  /** When a word is loaded without a quote: never, only with a clause, or with any complement. */
  enum Alone { NO, CLAUSE, ANY }

  private record Entry(Connotation connotation, Alone alone) {}

  private final Map<String, Entry> entries;

  private Connotations(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The lexicon shipped with newsgraph. */
  public static Connotations load() {
    Map<String, Entry> entries = new HashMap<>();
    for (String[] row : WordList.rows(Connotations.class, RESOURCE, 3)) {
      String where = RESOURCE + " entry " + row[0];
      Alone alone = switch (row[2]) {
        case "no" -> Alone.NO;
        case "clause" -> Alone.CLAUSE;
        case "any" -> Alone.ANY;
        default -> throw new IllegalStateException(where + ": unknown value \"" + row[2] + "\" for alone");
      };
      if (entries.put(row[0], new Entry(Connotation.parse(row[1], where), alone)) != null) {
        throw new IllegalStateException(where + ": listed twice");
      }
    }
    return new Connotations(entries);
  }

  /**
   * The word of a cue that gives it its connotation: the first loaded (positive or negative) word among its tokens,
   * else its first neutral word; empty when no word of the cue is listed.
   */
  public Optional<CueWord> classify(List<Token> cueTokens) {
    CueWord neutral = null;
    for (int i = 0; i < cueTokens.size(); i++) {
      CueWord word = wordAt(cueTokens, i);
      if (word == null) {
        continue;
      }
      if (word.connotation() != Connotation.NEUTRAL) {
        return Optional.of(word);
      }
      if (neutral == null) {
        neutral = word;
      }
    }
    return Optional.ofNullable(neutral);
  }

  /** The listed word starting at token {@code i} (two-word entries first), or null. */
  CueWord wordAt(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      String second = next.text().toLowerCase(Locale.ROOT);
      // "according to" is listed by its words, "point out" by its lemma.
      for (String pair : List.of(token.text().toLowerCase(Locale.ROOT) + " " + second, lemma(token) + " " + second)) {
        Entry entry = entries.get(pair);
        if (entry != null) {
          return new CueWord(token, next, pair, entry.connotation());
        }
      }
    }
    Entry entry = entries.get(lemma(token));
    return entry == null ? null : new CueWord(token, token, lemma(token), entry.connotation());
  }

  /** When the word of {@code token} is loaded on its own; {@link Alone#NO} when unlisted or neutral. */
  Alone alone(Token token) {
    Entry entry = entries.get(lemma(token));
    return entry == null || entry.connotation() == Connotation.NEUTRAL ? Alone.NO : entry.alone();
  }

  private static String lemma(Token token) {
    String lemma = token.lemma() == null ? token.text() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }
}
