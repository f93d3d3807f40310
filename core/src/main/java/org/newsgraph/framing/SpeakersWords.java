package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.QuotationMarks;

/**
 * The stretches of a text that are someone else's words, not the reporter's: first as the quote stage found them (a
 * direct quote's content, with or without marks, and the parts of a partial or mixed quote written between
 * quotation marks), then any other words the text sets between marks (the closed stretches of the
 * {@code quotations} layer), which nobody may be quoted as saying but the reporter still does not say (a banner's
 * “Stop the so-called reform”). An indirect quote is the reporter's paraphrase, so its words stay the reporter's.
 */
final class SpeakersWords {

  private final List<Segment> spans;

  private SpeakersWords(List<Segment> spans) {
    this.spans = List.copyOf(spans);
  }

  /**
   * The speakers' words of an annotated text with these quotes and these closed quoted stretches (the
   * {@code quotations} layer, marks included), each span without its quotation marks.
   */
  static SpeakersWords of(Annotated annotated, List<Quote> quotes, List<Segment> marked) {
    String text = annotated.text();
    List<Segment> spans = new ArrayList<>();
    for (Quote quote : quotes) {
      for (Segment part : quote.parts()) {
        boolean betweenMarks = part.end() - part.start() >= 2 && QuotationMarks.isMark(text.charAt(part.start()));
        if (betweenMarks) {
          int end = QuotationMarks.isMark(text.charAt(part.end() - 1)) ? part.end() - 1 : part.end();
          spans.add(new Segment(part.start() + 1, end));
        } else if (quote.kind() == QuoteKind.DIRECT) {
          // A transcript's answer or a speaker's label ("TRUMP: ...") quotes without marks.
          spans.add(part);
        }
      }
    }
    for (Segment stretch : marked) {
      spans.add(new Segment(stretch.start() + 1, stretch.end() - 1));
    }
    return new SpeakersWords(spans);
  }

  /** True when {@code [start, end)} lies within a speaker's words. */
  boolean inside(int start, int end) {
    for (Segment span : spans) {
      if (start >= span.start() && end <= span.end()) {
        return true;
      }
    }
    return false;
  }
}
