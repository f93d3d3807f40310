package org.newsgraph.quote;

import java.util.List;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Token;

/**
 * The two commonest shapes of reported speech read off the words alone, for when the parse went astray:
 * "CONTENT, SOURCE said." (or "said SOURCE") and "SOURCE said (that) CONTENT." at the start of a sentence.
 */
final class PatternAttributor {

  private static final int MAX_SOURCE_TOKENS = 30;

  private final TokenSpans spans;

  PatternAttributor(TokenSpans spans) {
    this.spans = spans;
  }

  Candidate match(ParseView graph, int cue) {
    Candidate candidate = postposed(graph, cue);
    return candidate != null ? candidate : preposed(graph, cue);
  }

  /** "CONTENT, SOURCE said [when]." and "CONTENT, said SOURCE." */
  private Candidate postposed(ParseView graph, int cue) {
    int first = graph.sentence().firstToken();
    int end = graph.sentence().endToken();
    int sourceStart;
    int sourceEnd;
    int cueStart = cueStart(graph, cue);
    if (graph.has(cueStart - 1) && graph.token(cueStart - 1).text().equals(",")) {
      // "..., said Smith, the spokeswoman."
      sourceStart = cue + 1;
      sourceEnd = cue + 1;
      while (sourceEnd < end && isNominal(graph.token(sourceEnd)) && sourceEnd - cue <= MAX_SOURCE_TOKENS) {
        sourceEnd++;
      }
      if (sourceEnd == sourceStart || !restIsTail(graph, sourceEnd)) {
        return null;
      }
      return candidate(graph, first, cueStart - 1, sourceStart, sourceEnd, cueStart, cue);
    }
    int comma = -1;
    for (int i = cueStart - 1; i >= first && cueStart - i <= MAX_SOURCE_TOKENS; i--) {
      Token token = graph.token(i);
      if (token.text().equals(",")) {
        comma = i;
      } else if (!isNominal(token)) {
        break;
      }
    }
    if (comma < 0 || comma + 1 >= cueStart || !restIsTail(graph, cue + 1)) {
      return null;
    }
    return candidate(graph, first, comma, comma + 1, cueStart, cueStart, cue);
  }

  /** "SOURCE said (that) CONTENT." where the source opens the sentence. */
  private Candidate preposed(ParseView graph, int cue) {
    int first = graph.sentence().firstToken();
    while (first < cue && (graph.token(first).pos().equals("CC") || graph.token(first).pos().equals("``"))) {
      first++;
    }
    int cueStart = cueStart(graph, cue);
    if (cueStart == first || cueStart - first > MAX_SOURCE_TOKENS || graph.token(first).pos().equals("IN")) {
      return null;
    }
    for (int i = first; i < cueStart; i++) {
      if (!isNominal(graph.token(i)) || graph.token(i).text().equals(",") && i == cueStart - 1) {
        return null;
      }
    }
    int contentStart = cue + 1;
    if (graph.has(contentStart) && graph.token(contentStart).text().equals(":")) {
      contentStart++;
    }
    int end = graph.sentence().endToken();
    if (contentStart >= end - 1) {
      return null;
    }
    boolean[] content = range(graph, contentStart, end);
    List<Segment> contentSpans = spans.runs(graph, content);
    Segment source = spans.hull(graph, range(graph, first, cueStart));
    Segment cueSpan = spans.cueHull(graph, range(graph, cueStart, cue + 1 + (contentStart > cue + 1 ? 1 : 0)));
    if (contentSpans.isEmpty() || source == null || cueSpan == null) {
      return null;
    }
    return new Candidate(source, cueStart - 1, cueSpan, cue, contentSpans);
  }

  private Candidate candidate(ParseView graph, int first, int contentEnd, int sourceStart, int sourceEnd,
      int cueStart, int cue) {
    List<Segment> content = spans.runs(graph, range(graph, first, contentEnd));
    Segment source = spans.hull(graph, range(graph, sourceStart, sourceEnd));
    Segment cueSpan = spans.cueHull(graph, range(graph, cueStart, cue + 1));
    if (content.isEmpty() || source == null || cueSpan == null) {
      return null;
    }
    return new Candidate(source, sourceEnd - 1, cueSpan, cue, content);
  }

  /** The auxiliaries and adverbs right before the cue verb ("has repeatedly said"). */
  private static int cueStart(ParseView graph, int cue) {
    int start = cue;
    while (graph.has(start - 1) && isAuxiliaryOrAdverb(graph.token(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean isAuxiliaryOrAdverb(Token token) {
    String pos = token.pos();
    String lemma = token.lemma();
    return pos.equals("MD") || pos.equals("RB") && !token.text().equals(",")
        || (pos.startsWith("VB") && (lemma.equals("have") || lemma.equals("be") || lemma.equals("do")));
  }

  /**
   * After the cue only a time, a place or a manner phrase ("on Friday", "in a statement") is left, or a clause set
   * off by a comma (", as they left").
   */
  private static boolean restIsTail(ParseView graph, int from) {
    int end = graph.sentence().endToken();
    for (int i = from; i < end; i++) {
      Token token = graph.token(i);
      if (token.text().equals(",") && i > from) {
        return true;
      }
      if (token.pos().startsWith("VB") || token.pos().equals("MD")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNominal(Token token) {
    String pos = token.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PDT")
        || pos.equals("PRP") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD") || pos.equals("CC")
        || pos.equals("IN") || pos.equals("HYPH") || pos.equals(",") || pos.equals("-LRB-") || pos.equals("-RRB-")
        || pos.equals("FW");
  }

  private static boolean[] range(ParseView graph, int from, int to) {
    int first = graph.sentence().firstToken();
    boolean[] marks = new boolean[graph.sentence().endToken() - first];
    for (int i = Math.max(from, first); i < to && i - first < marks.length; i++) {
      marks[i - first] = true;
    }
    return marks;
  }
}
