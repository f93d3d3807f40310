package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL-2003 document: its tokens with their gold tags, the sentence each starts, and the text newsgraph
 * annotates (tokens joined by spaces, sentences by a blank line, so CoreNLP keeps CoNLL's sentence breaks).
 *
 * @param starts character offset of each token in {@code text}
 */
public record ConllDocument(List<String> tokens, List<String> tags, List<Integer> starts, String text) {

  public ConllDocument {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    starts = List.copyOf(starts);
  }

  /** Builds a document from its sentences, each a list of {@code {token, tag}} pairs. */
  public static ConllDocument of(List<List<String[]>> sentences) {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (List<String[]> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      for (int i = 0; i < sentence.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts.add(text.length());
        tokens.add(sentence.get(i)[0]);
        tags.add(sentence.get(i)[1]);
        text.append(sentence.get(i)[0]);
      }
    }
    return new ConllDocument(tokens, tags, starts, text.toString());
  }

  public int end(int token) {
    return starts.get(token) + tokens.get(token).length();
  }

  /**
   * The gold entities: a chunk starts at a B- tag, or at an I- tag whose type differs from the previous token's
   * (so both IOB1 and IOB2 files read right), as conlleval reads them.
   */
  public List<LabeledSpan> goldSpans() {
    List<LabeledSpan> spans = new ArrayList<>();
    int first = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String tagType = tag.length() > 2 ? tag.substring(2) : null;
      boolean continues = tag.startsWith("I-") && tagType.equals(type) && !sentenceStartsAt(i);
      if (type != null && !continues) {
        spans.add(new LabeledSpan(first, i, type));
        type = null;
      }
      if (tagType != null && !continues) {
        first = i;
        type = tagType;
      }
    }
    return spans;
  }

  private boolean sentenceStartsAt(int token) {
    return token > 0 && token < starts.size() && starts.get(token) - end(token - 1) > 1;
  }

  /**
   * The tokens a character span touches: from the first token ending after {@code start} to the last one starting
   * before {@code end}; null when it touches none.
   */
  public int[] tokensOf(int start, int end) {
    int last = lastStartingBefore(end);
    int first = lastStartingBefore(start + 1);
    if (first < 0 || end(first) <= start) {
      first++;
    }
    if (last < 0 || first > last) {
      return null;
    }
    return new int[] {first, last + 1};
  }

  // The last token starting before an offset, or -1.
  private int lastStartingBefore(int offset) {
    int lo = 0;
    int hi = starts.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts.get(mid) < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
