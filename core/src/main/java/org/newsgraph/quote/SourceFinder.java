package org.newsgraph.quote;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.model.Segment;

/** The source of a cue in the parse: its subject phrase, one it inherits, or the speaker after an inverted cue. */
final class SourceFinder {

  private static final Set<String> INHERITS_SUBJECT = Set.of("conj", "xcomp", "advcl");

  private final String text;
  private final TokenSpans spans;
  private final QuotationAdjacency quotations;

  SourceFinder(String text, TokenSpans spans, QuotationAdjacency quotations) {
    this.text = text;
    this.spans = spans;
    this.quotations = quotations;
  }

  /**
   * The cue's active subject: of several (a parser slip), the nearest outside any quotation, since a speaker is
   * not inside their own words.
   */
  int subject(ParseView graph, int cue) {
    int best = -1;
    for (int child : graph.children(cue)) {
      if (graph.relation(child).equals("nsubj") && !quotations.inside(graph.token(child).start())
          && (best < 0 || Math.abs(child - cue) < Math.abs(best - cue))) {
        best = child;
      }
    }
    return best;
  }

  /** "Trump said X, arguing Y": a participle or coordinated cue takes the subject of the verb it hangs on. */
  int inheritedSubject(ParseView graph, int cue) {
    int current = cue;
    for (int steps = 0; steps < 3 && INHERITS_SUBJECT.contains(graph.relation(current)); steps++) {
      current = graph.governor(current);
      if (current < 0) {
        return -1;
      }
      int subject = subject(graph, current);
      if (subject >= 0) {
        return subject;
      }
    }
    return -1;
  }

  /** "“...,” said Smith": the parser takes the speaker after the verb for its object. */
  int invertedSubject(ParseView graph, int cue, List<Segment> content) {
    if (content.get(0).start() >= graph.token(cue).start()) {
      return -1;
    }
    for (int child : graph.children(cue)) {
      String relation = graph.relation(child);
      String pos = graph.token(child).pos();
      if (child > cue && (relation.equals("obj") || relation.equals("xcomp") || relation.equals("dep"))
          && (pos.startsWith("NN") || pos.equals("PRP"))) {
        return child;
      }
    }
    return -1;
  }

  /**
   * The source: the subject's phrase outside any quotation, taking the comma that closes an appositive ("Jane Doe,
   * the spokeswoman,") and the parenthesis it opened.
   */
  Segment sourceSpan(ParseView graph, boolean[] tokens, int head) {
    int first = graph.sentence().firstToken();
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] && quotations.inside(graph.token(first + i).start())) {
        tokens[i] = false;
      }
    }
    int lo = head - first;
    int hi = head - first;
    while (lo > 0 && tokens[lo - 1]) {
      lo--;
    }
    while (hi + 1 < tokens.length && tokens[hi + 1]) {
      hi++;
    }
    Segment span = spans.hull(graph, range(tokens.length, lo, hi));
    if (span == null) {
      return null;
    }
    String inside = text.substring(span.start(), span.end());
    int end = span.end();
    if (inside.lastIndexOf('(') > inside.lastIndexOf(')')) {
      int close = text.indexOf(')', end);
      if (close >= 0 && close - end <= 3) {
        end = close + 1;
      }
    }
    if (inside.indexOf(',') >= 0 && text.startsWith(",", end)) {
      end++;
    }
    return new Segment(span.start(), end);
  }

  static boolean[] range(int size, int lo, int hi) {
    boolean[] marks = new boolean[size];
    for (int i = lo; i <= hi; i++) {
      marks[i] = true;
    }
    return marks;
  }
}
