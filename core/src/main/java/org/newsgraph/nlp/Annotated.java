package org.newsgraph.nlp;

import java.util.List;

/**
 * The linguistic annotation of one text: tokens, sentences, named spans and temporal expressions, all as character
 * offsets into {@code text}. Immutable; nothing of the NLP library behind it shows through.
 */
public record Annotated(String text, List<Token> tokens, List<Sentence> sentences, List<NamedSpan> names,
    List<Timex> timexes) {

  public Annotated {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
    timexes = List.copyOf(timexes);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The sentence holding a token. */
  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /** The sentence covering a character offset, or the last one starting before it. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sentences.get(lo);
  }
}
