package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Segment;

/**
 * The stretches of a text between double quotation marks (curly “…” or straight "…"): the words there are a
 * speaker's, not the reporter's. Single marks are left out because ’ is also the apostrophe.
 */
final class Quotations {

  private final List<Segment> spans;

  private Quotations(List<Segment> spans) {
    this.spans = List.copyOf(spans);
  }

  /** The quotations of {@code text}, each span from its opening to its closing mark inclusive. */
  static Quotations of(String text) {
    List<Segment> spans = new ArrayList<>();
    int open = -1;
    boolean curly = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && open < 0)) {
        open = i;
        curly = c == '“';
      } else if (open >= 0 && ((c == '”' && curly) || (c == '"' && !curly))) {
        spans.add(new Segment(open, i + 1));
        open = -1;
      } else if (open >= 0 && c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        // An unclosed quotation ends with its paragraph (a quote continued in the next one reopens its mark).
        open = -1;
      }
    }
    return new Quotations(spans);
  }

  List<Segment> spans() {
    return spans;
  }

  /** True when {@code [start, end)} lies between the marks of a quotation. */
  boolean inside(int start, int end) {
    for (Segment span : spans) {
      if (start > span.start() && end < span.end()) {
        return true;
      }
    }
    return false;
  }
}
