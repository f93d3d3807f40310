package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.Token;

/**
 * Turns a set of a sentence's tokens into character spans the way attribution corpora mark them: contiguous runs,
 * without punctuation at their edges unless a quotation mark closes them, and widened to the whole of any quotation
 * they cut into (a quote the sentence splitter broke apart stays one piece).
 */
final class TokenSpans {

  private final List<Quotation> quotations;

  TokenSpans(List<Quotation> quotations) {
    this.quotations = quotations;
  }

  /** The runs of marked tokens (marks indexed from the sentence's first token). */
  List<Segment> runs(ParseView graph, boolean[] marked) {
    List<Segment> runs = new ArrayList<>();
    int first = graph.sentence().firstToken();
    int i = 0;
    while (i < marked.length) {
      if (!marked[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < marked.length && marked[j + 1]) {
        j++;
      }
      Segment run = trim(graph, first + i, first + j);
      if (run != null) {
        runs.add(widen(run));
      }
      i = j + 1;
    }
    return merge(runs);
  }

  /** One span from the first to the last marked token, trimmed; null when nothing is left. */
  Segment hull(ParseView graph, boolean[] marked) {
    return hull(graph, marked, false);
  }

  /** A cue's span: as {@link #hull} but keeping a colon that ends it ("said:"). */
  Segment cueHull(ParseView graph, boolean[] marked) {
    return hull(graph, marked, true);
  }

  private Segment hull(ParseView graph, boolean[] marked, boolean keepColon) {
    int first = graph.sentence().firstToken();
    int lo = -1;
    int hi = -1;
    for (int i = 0; i < marked.length; i++) {
      if (marked[i]) {
        lo = lo < 0 ? i : lo;
        hi = i;
      }
    }
    if (lo < 0) {
      return null;
    }
    Segment trimmed = trim(graph, first + lo, first + hi);
    if (trimmed != null && keepColon && graph.token(first + hi).text().equals(":")) {
      return new Segment(trimmed.start(), graph.token(first + hi).end());
    }
    return trimmed;
  }

  private Segment trim(ParseView graph, int from, int to) {
    while (from <= to && isEdgePunctuation(graph.token(from), true)) {
      from++;
    }
    while (to >= from && isEdgePunctuation(graph.token(to), false)) {
      to--;
    }
    return from > to ? null : new Segment(graph.token(from).start(), graph.token(to).end());
  }

  private static boolean isEdgePunctuation(Token token, boolean leading) {
    String pos = token.pos();
    if (pos.equals("``")) {
      return !leading;
    }
    if (pos.equals("''")) {
      return leading;
    }
    return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("-LRB-") || pos.equals("-RRB-")
        || (token.text().length() == 1 && !Character.isLetterOrDigit(token.text().charAt(0))
            && token.text().charAt(0) != '$' && token.text().charAt(0) != '%');
  }

  private Segment widen(Segment run) {
    int start = run.start();
    int end = run.end();
    for (Quotation quotation : quotations) {
      if (quotation.start() >= end) {
        break;
      }
      if (quotation.contains(start) && quotation.start() < start) {
        start = quotation.start();
      }
      if (quotation.end() > end && quotation.contains(end - 1)) {
        end = quotation.end();
      }
    }
    return new Segment(start, end);
  }

  private static List<Segment> merge(List<Segment> runs) {
    List<Segment> merged = new ArrayList<>();
    for (Segment run : runs) {
      Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && run.start() <= last.end()) {
        merged.set(merged.size() - 1, new Segment(last.start(), Math.max(last.end(), run.end())));
      } else {
        merged.add(run);
      }
    }
    return merged;
  }

  /** A token of punctuation marks only. */
  static boolean isPunctuation(Token token) {
    for (int i = 0; i < token.text().length(); i++) {
      if (Character.isLetterOrDigit(token.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
