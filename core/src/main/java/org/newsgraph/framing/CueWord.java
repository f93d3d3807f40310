package org.newsgraph.framing;

import org.newsgraph.nlp.Token;

/**
 * The word of a cue that carries its connotation, as found among the cue's tokens.
 *
 * @param first the first token of the word (two for "according to", "point out")
 * @param last the last token of the word
 */
public record CueWord(Token first, Token last, String lemma, Connotation connotation) {

  public int start() {
    return first.start();
  }

  public int end() {
    return last.end();
  }
}
