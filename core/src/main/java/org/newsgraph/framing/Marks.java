package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;

/**
 * Words set off by quotation marks, read from the tokens (the tokenizer makes each mark a token of its own): what
 * framing needs beside the quote layer, which holds only what someone is quoted as saying, to see words between
 * marks that nobody is quoted as saying ("the “special” operation", a banner's slogan, a quotation the quote stage
 * could not attribute). Curly, straight and single marks and guillemets; a stretch does not cross a paragraph.
 */
final class Marks {

  private static final String OPENERS = "“\"‘'«„";

  private final List<Segment> stretches;

  private Marks(List<Segment> stretches) {
    this.stretches = List.copyOf(stretches);
  }

  /** The marked stretches of an annotated text, marks included, in text order; nested marks belong to the outer. */
  static Marks of(Annotated annotated) {
    List<Segment> found = new ArrayList<>();
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      int close = closing(annotated, i);
      if (close > i) {
        found.add(new Segment(tokens.get(i).start(), tokens.get(close).end()));
        i = close;
      }
    }
    return new Marks(found);
  }

  /** Whether {@code c} is a quotation mark, opening or closing. */
  static boolean isMark(char c) {
    return "“”\"‘’'«»„".indexOf(c) >= 0;
  }

  List<Segment> stretches() {
    return stretches;
  }

  /** The stretch that opens at {@code offset}. */
  Optional<Segment> openingAt(int offset) {
    return stretches.stream().filter(s -> s.start() == offset).findFirst();
  }

  /**
   * The token closing the mark that token {@code i} opens, or -1. An opening mark is written against the word after
   * it and a closing one against the word before it, so an apostrophe ("the farmers’ camp") opens nothing; an
   * unclosed mark ends with its paragraph and sets off nothing.
   */
  private static int closing(Annotated annotated, int i) {
    List<Token> tokens = annotated.tokens();
    Token open = tokens.get(i);
    if (open.text().length() != 1 || OPENERS.indexOf(open.text().charAt(0)) < 0 || i + 1 >= tokens.size()
        || tokens.get(i + 1).start() != open.end() || i > 0 && tokens.get(i - 1).end() == open.start()) {
      return -1;
    }
    String closers = closersOf(open.text().charAt(0));
    String text = annotated.text();
    for (int j = i + 2; j < tokens.size(); j++) {
      Token close = tokens.get(j);
      if (text.substring(tokens.get(j - 1).end(), close.start()).contains("\n\n")) {
        return -1;
      }
      if (close.text().length() == 1 && closers.indexOf(close.text().charAt(0)) >= 0
          && tokens.get(j - 1).end() == close.start()) {
        return j;
      }
    }
    return -1;
  }

  private static String closersOf(char open) {
    return switch (open) {
      case '“', '„' -> "”\"“";
      case '‘', '\'' -> "’'";
      case '«' -> "»";
      // A straight mark closes only a straight one, as the quote stage reads them: a paragraph opened with " that
      // never closes (a quotation continued in the next paragraph) does not pair with a curly mark inside it.
      default -> "\"";
    };
  }
}
