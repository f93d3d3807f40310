package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.Token;

/** How a cue stands to the quotations next to it: "“...,” X said", "X said: “...”", "“...,” X said, “...”". */
final class QuotationAdjacency {

  private final String text;
  private final List<Quotation> quotations;

  QuotationAdjacency(String text, List<Quotation> quotations) {
    this.text = text;
    this.quotations = quotations;
  }

  /**
   * The quotations the cue and its subject sit next to: "“...,” X said", "X said: “...”", "“...,” X said, “...”".
   * They win over the parse, which often misattaches a quotation the sentence splitter cut.
   */
  List<Segment> adjacentQuotations(ParseView graph, int cue, int[] cluster) {
    Quotation before = null;
    Quotation after = null;
    for (Quotation quotation : quotations) {
      if (quotation.end() <= cluster[0] && gapIsPunctuation(graph, quotation.end(), cluster[0])
          && text.substring(quotation.end(), cluster[0]).indexOf('\n') < 0 && leadsOut(quotation, cluster[0])) {
        before = quotation;
      }
      if (quotation.start() >= cluster[1]) {
        if (leadsInto(graph, cue, cluster[1], quotation.start()) && standsAlone(quotation)) {
          after = quotation;
        }
        break;
      }
    }
    List<Segment> parts = new ArrayList<>(2);
    if (before != null) {
      parts.add(new Segment(before.start(), before.end()));
    }
    if (after != null && (before == null || continues(before))) {
      parts.add(new Segment(after.start(), after.end()));
    }
    return parts;
  }

  /** "“...,” he said" or "“...?” she asked", not a quoted sentence closed by a full stop before "He said". */
  boolean leadsOut(Quotation quotation, int cueStart) {
    String inside = text.substring(quotation.start(), quotation.end()).strip();
    char last = inside.length() >= 2 ? inside.charAt(inside.length() - 2) : ' ';
    return last != '.' || text.substring(quotation.end(), cueStart).contains(",");
  }

  /** A quoted sentence or clause, not a word or phrase set in a sentence of the reporter's ("about “hellish” sanctions"). */
  boolean standsAlone(Quotation quotation) {
    String inside = text.substring(quotation.start(), quotation.end()).strip();
    char last = inside.length() >= 2 ? inside.charAt(inside.length() - 2) : ' ';
    if (".,?!…—–-:;".indexOf(last) >= 0) {
      return true;
    }
    String after = text.substring(quotation.end(), Math.min(text.length(), quotation.end() + 2)).strip();
    return after.isEmpty() || ".?!".indexOf(after.charAt(0)) >= 0;
  }

  /** A quotation ending in a comma goes on after its cue. */
  boolean continues(Quotation quotation) {
    String inside = text.substring(quotation.start(), quotation.end()).strip();
    return inside.length() >= 2 && inside.charAt(inside.length() - 2) == ',';
  }

  /** Only the cue's own modifiers, then a colon or comma, lie between the cue and a quotation. */
  boolean leadsInto(ParseView graph, int cue, int from, int to) {
    String gap = text.substring(from, to);
    if (gap.length() > 40 || gap.indexOf('\n') >= 0) {
      return false;
    }
    String stripped = gap.strip();
    if (stripped.isEmpty()) {
      return true;
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last != ':' && last != ',') {
      return false;
    }
    for (int index = graph.sentence().firstToken(); index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      if (token.start() >= from && token.end() <= to && !TokenSpans.isPunctuation(token) && !graph.dominates(cue, index)) {
        return false;
      }
    }
    return true;
  }

  static boolean gapIsPunctuation(ParseView graph, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int index = graph.sentence().firstToken(); index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      if (token.start() >= from && token.end() <= to && !TokenSpans.isPunctuation(token)) {
        return false;
      }
    }
    return true;
  }

  boolean inside(int offset) {
    for (Quotation quotation : quotations) {
      if (quotation.start() > offset) {
        return false;
      }
      if (quotation.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
