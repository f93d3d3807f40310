package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Quotation;

/**
 * Gives the quotations no cue claimed to the speaker before them: a quoted sentence after a direct quote in the same
 * paragraph is another piece of that quote; one opening the next paragraph is a new quote of the same speaker. Short
 * quoted fragments nobody claims are scare quotes or titles and are left out.
 */
final class Continuations {

  private final Annotated annotated;
  private final List<Quotation> quotations;
  private final QuoteConfig config;
  private final String text;

  Continuations(Annotated annotated, List<Quotation> quotations, QuoteConfig config) {
    this.annotated = annotated;
    this.quotations = quotations;
    this.config = config;
    this.text = annotated.text();
  }

  /** The candidates with the unclaimed quotations attached; sorted by content start in and out. */
  List<Candidate> apply(List<Candidate> sorted) {
    List<Candidate> result = new ArrayList<>(sorted);
    int next = 0;
    for (Quotation quotation : quotations) {
      while (next < result.size() && result.get(next).end() <= quotation.start()) {
        next++;
      }
      if (claimed(result, next, quotation) || !isSentence(quotation)) {
        continue;
      }
      int previous = next - 1;
      if (previous < 0 || !isDirect(result.get(previous))) {
        continue;
      }
      Candidate before = result.get(previous);
      int last = lastOffset(before);
      if (last > quotation.start()) {
        continue;
      }
      String between = text.substring(last, quotation.start());
      Segment piece = new Segment(quotation.start(), quotation.end());
      if (between.indexOf('\n') < 0) {
        result.set(previous, before.withMoreContent(piece));
      } else if (isOnlyPunctuation(between)) {
        result.add(next, new Candidate(before.source(), before.sourceHead(), null, -1, List.of(piece)));
        next++;
      }
    }
    result.sort(Comparator.comparingInt(Candidate::start));
    return result;
  }

  private static boolean claimed(List<Candidate> result, int next, Quotation quotation) {
    for (int i = Math.max(0, next - 2); i < Math.min(result.size(), next + 3); i++) {
      if (result.get(i).contentOverlaps(quotation.start(), quotation.end())) {
        return true;
      }
    }
    return false;
  }

  /** Opens its sentence and is longer than a scare quote. */
  private boolean isSentence(Quotation quotation) {
    int before = quotation.start() - 1;
    while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    // The splitter may hang an opening mark on the sentence before, so look at the characters, not the sentences.
    if (before >= 0 && ".?!”\"'’:\n".indexOf(text.charAt(before)) < 0) {
      return false;
    }
    String inner = text.substring(quotation.start(), quotation.end()).strip();
    boolean endsSentence = inner.length() >= 2 && ".?!…".indexOf(inner.charAt(inner.length() - 2)) >= 0;
    return endsSentence || inner.split("\\s+").length > config.maxScareQuoteWords();
  }

  private boolean isDirect(Candidate candidate) {
    Segment last = candidate.content().get(candidate.content().size() - 1);
    for (Quotation quotation : quotations) {
      if (quotation.start() <= last.start() && quotation.end() >= last.end()) {
        return true;
      }
    }
    return false;
  }

  private static int lastOffset(Candidate candidate) {
    int last = candidate.end();
    if (candidate.cue() != null) {
      last = Math.max(last, candidate.cue().end());
    }
    if (candidate.source() != null) {
      last = Math.max(last, candidate.source().end());
    }
    return last;
  }

  private static boolean isOnlyPunctuation(String between) {
    for (int i = 0; i < between.length(); i++) {
      if (Character.isLetterOrDigit(between.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
