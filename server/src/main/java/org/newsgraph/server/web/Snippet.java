package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.query.Passage;

/**
 * A search hit's passage as the page shows it: the store's passage of the article (Lucene's highlighter, the one the
 * query matched), cut into pieces at the matched words so the template marks them without writing markup by hand.
 */
public final class Snippet {

  /** Past this many characters a passage is cut at a space, so that one long sentence does not fill the page. */
  private static final int WIDTH = 320;

  private Snippet() {}

  /** A piece of the passage, marked when the query matched it. */
  public record Piece(String text, boolean hit) {}

  public static List<Piece> of(String text, Passage passage) {
    int end = passage.end();
    if (end - passage.start() > WIDTH) {
      int cut = passage.start() + WIDTH;
      int lastMatch = passage.matches().stream().mapToInt(Passage.Match::end).max().orElse(cut);
      end = Math.max(cut, lastMatch);
      while (end < passage.end() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
    }
    List<Piece> pieces = new ArrayList<>();
    if (passage.start() > 0) {
      pieces.add(new Piece("… ", false));
    }
    int at = passage.start();
    for (Passage.Match match : passage.matches()) {
      if (match.start() < at || match.end() > end) {
        continue;
      }
      pieces.add(new Piece(shown(text.substring(at, match.start())), false));
      pieces.add(new Piece(shown(text.substring(match.start(), match.end())), true));
      at = match.end();
    }
    pieces.add(new Piece(shown(text.substring(at, end)) + (end < text.length() ? " …" : ""), false));
    return pieces;
  }

  /** Line breaks and runs of spaces shown as one space. */
  private static String shown(String words) {
    return words.replaceAll("\\s+", " ");
  }
}
