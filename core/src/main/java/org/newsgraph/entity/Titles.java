package org.newsgraph.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Finds the title written before a person's name ("Russian President", "Secretary of State", "Senate Republican
 * Leader"), from the word list {@code titles.txt}.
 */
final class Titles {

  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final Set<String> words;

  private Titles(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static Titles load() {
    return new Titles(WordList.rows(Titles.class, "titles.txt", 1).stream().map(f -> f[0].trim())
        .collect(Collectors.toSet()));
  }

  boolean isTitleWord(Token token) {
    return isTitleWord(token.text());
  }

  boolean isTitleWord(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether every word of a name is a title word ("Defense" of "Defense Secretary"). */
  boolean isTitle(String name) {
    for (String word : name.split("\\s+")) {
      if (!isTitleWord(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The tokens {@code [from, to)} of the title right before token {@code nameStart}, or null when there is none. A
   * title is a run of title words and capitalized name words holding at least one title word, which may go on with
   * "of" and capitalized words ("Secretary of State", "Minister of Foreign Affairs"); without "of" it ends at its
   * last title word, and {@code to} may then fall before {@code nameStart}.
   */
  int[] before(Annotated annotated, int nameStart) {
    List<Token> tokens = annotated.tokens();
    if (nameStart == 0) {
      return null;
    }
    int sentence = tokens.get(nameStart).sentence();
    int from = nameStart;
    for (int i = nameStart - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
      Token token = tokens.get(i);
      boolean ofLink = token.text().equals("of") && from < nameStart && isCapitalized(tokens.get(i + 1));
      if (isTitleWord(token) || ofLink || isNameWord(token)) {
        from = i;
      } else {
        break;
      }
    }
    while (from < nameStart && tokens.get(from).text().equals("of")) {
      from++;
    }
    int firstTitleWord = -1;
    int lastTitleWord = -1;
    boolean ofPhrase = false;
    for (int i = from; i < nameStart; i++) {
      if (isTitleWord(tokens.get(i))) {
        firstTitleWord = firstTitleWord < 0 ? i : firstTitleWord;
        lastTitleWord = i;
      } else if (firstTitleWord >= 0 && tokens.get(i).text().equals("of")) {
        ofPhrase = true;
      }
    }
    if (lastTitleWord < 0) {
      return null;
    }
    // "Minister of Foreign Affairs" runs up to the name; otherwise name words after the last title word belong to
    // the person ("President Joe" of a split name), not to the title.
    return new int[] {from, ofPhrase ? nameStart : lastTitleWord + 1};
  }

  // A capitalized word tagged as a name, or a proper noun outside any tag ("State" of "Secretary of State").
  private static boolean isNameWord(Token token) {
    return isCapitalized(token)
        && (NAME_TAGS.contains(token.ner()) || token.ner().equals("O") && token.pos().startsWith("NNP"));
  }

  private static boolean isCapitalized(Token token) {
    return Character.isUpperCase(token.text().codePointAt(0));
  }
}
