package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A short passage of an article around the first of the searched words, those words marked. It only shows a hit;
 * which articles match is the store's query alone.
 */
public final class Snippet {

  private static final int WIDTH = 260;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");

  private Snippet() {}

  /** A piece of the passage, marked when it is one of the searched words. */
  public record Piece(String text, boolean hit) {}

  public static List<Piece> of(String text, String query) {
    Set<String> words = words(query);
    int first = -1;
    if (!words.isEmpty()) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
          first = m.start();
          break;
        }
      }
    }
    int start = first < 0 ? 0 : Math.max(0, first - WIDTH / 3);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(text.length(), start + WIDTH);
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String passage = text.substring(start, end).replaceAll("\\s+", " ");
    List<Piece> pieces = new ArrayList<>();
    if (start > 0) {
      pieces.add(new Piece("… ", false));
    }
    Matcher m = WORD.matcher(passage);
    int at = 0;
    while (m.find()) {
      if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
        pieces.add(new Piece(passage.substring(at, m.start()), false));
        pieces.add(new Piece(m.group(), true));
        at = m.end();
      }
    }
    pieces.add(new Piece(passage.substring(at) + (end < text.length() ? " …" : ""), false));
    return pieces;
  }

  static Set<String> words(String query) {
    if (query == null) {
      return Set.of();
    }
    Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    return words.stream().filter(w -> !OPERATORS.contains(w)).collect(Collectors.toSet());
  }
}
