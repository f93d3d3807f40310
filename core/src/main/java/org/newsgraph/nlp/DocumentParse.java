package org.newsgraph.nlp;

import java.util.List;

/**
 * The dependency parse of a whole document, reached by document token index: one {@link ParseView} per sentence,
 * built on first use.
 */
public final class DocumentParse {

  private final Annotated annotated;
  private final int[] sentenceOfToken;
  private final ParseView[] views;

  public DocumentParse(Annotated annotated) {
    this.annotated = annotated;
    List<Sentence> sentences = annotated.sentences();
    sentenceOfToken = new int[annotated.tokens().size()];
    java.util.Arrays.fill(sentenceOfToken, -1);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int t = Math.max(0, sentence.firstToken()); t < Math.min(sentence.endToken(), sentenceOfToken.length); t++) {
        sentenceOfToken[t] = s;
      }
    }
    views = new ParseView[sentences.size()];
  }

  /** The number of tokens in the document. */
  public int size() {
    return sentenceOfToken.length;
  }

  public Token token(int index) {
    return annotated.tokens().get(index);
  }

  /** The parse of the sentence holding a token, or null for a token outside every sentence. */
  public ParseView view(int index) {
    int sentence = index >= 0 && index < sentenceOfToken.length ? sentenceOfToken[index] : -1;
    if (sentence < 0) {
      return null;
    }
    if (views[sentence] == null) {
      views[sentence] = new ParseView(annotated, annotated.sentences().get(sentence));
    }
    return views[sentence];
  }

  /** The governor of a token, or -1 at a root, without a parse, or outside every sentence. */
  public int governor(int index) {
    ParseView view = view(index);
    return view == null ? -1 : view.governor(index);
  }

  /** The relation of a token to its governor ("root" for a root; empty without a parse). */
  public String relation(int index) {
    ParseView view = view(index);
    return view == null ? "" : view.relation(index);
  }

  public List<Integer> children(int index) {
    ParseView view = view(index);
    return view == null ? List.of() : view.children(index);
  }

  /** The first child attached with a relation starting with {@code prefix} ("nsubj" also finds "nsubj:pass"). */
  public int child(int index, String prefix) {
    ParseView view = view(index);
    return view == null ? -1 : view.child(index, prefix);
  }
}
