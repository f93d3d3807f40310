package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The dependency parse of a whole document, reached by sentence or by document token index: one {@link ParseView}
 * per sentence, built on first use. Each {@link Annotated} holds one ({@link Annotated#parse()}), which every stage
 * reads, so a sentence's tree is indexed once per document however many stages walk it.
 */
public final class DocumentParse {

  private final Annotated annotated;
  private final int[] sentenceOfToken;
  /** Filled on demand; an atomic array because stages may read one document from several threads. */
  private final AtomicReferenceArray<ParseView> views;

  DocumentParse(Annotated annotated) {
    this.annotated = annotated;
    List<Sentence> sentences = annotated.sentences();
    sentenceOfToken = new int[annotated.tokens().size()];
    Arrays.fill(sentenceOfToken, -1);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int t = Math.max(0, sentence.firstToken()); t < Math.min(sentence.endToken(), sentenceOfToken.length); t++) {
        sentenceOfToken[t] = s;
      }
    }
    views = new AtomicReferenceArray<>(sentences.size());
  }

  /** The number of tokens in the document. */
  public int size() {
    return sentenceOfToken.length;
  }

  public Token token(int index) {
    return annotated.tokens().get(index);
  }

  /** The parse of the sentence at {@code index} in the document's sentence list. */
  public ParseView sentence(int index) {
    ParseView view = views.get(index);
    if (view != null) {
      return view;
    }
    // Two threads may both build it; the views are equal and only the first is kept, so all readers share one.
    ParseView built = new ParseView(annotated, annotated.sentences().get(index));
    ParseView kept = views.compareAndExchange(index, null, built);
    return kept == null ? built : kept;
  }

  /** The parse of one of this document's sentences. */
  public ParseView of(Sentence sentence) {
    List<Sentence> sentences = annotated.sentences();
    int index = sentence.index();
    if (index < 0 || index >= sentences.size()
        || sentences.get(index) != sentence && !sentences.get(index).equals(sentence)) {
      throw new IllegalArgumentException("not a sentence of this document: " + index);
    }
    return sentence(index);
  }

  /** The parse of the sentence holding a token, or null for a token outside every sentence. */
  public ParseView view(int index) {
    int sentence = index >= 0 && index < sentenceOfToken.length ? sentenceOfToken[index] : -1;
    return sentence < 0 ? null : sentence(sentence);
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
