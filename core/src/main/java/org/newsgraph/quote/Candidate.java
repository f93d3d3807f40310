package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Segment;

/**
 * An attribution found before speakers are linked: source span (null when none), its head token (-1 when none), cue
 * span (null for an uncued continuation), its head token (-1 when none) and the content's pieces in text order.
 */
record Candidate(Segment source, int sourceHead, Segment cue, int cueHead, List<Segment> content) {

  Candidate {
    content = List.copyOf(content);
  }

  int start() {
    return content.get(0).start();
  }

  int end() {
    return content.get(content.size() - 1).end();
  }

  boolean contentOverlaps(int from, int to) {
    for (Segment part : content) {
      if (from < part.end() && to > part.start()) {
        return true;
      }
    }
    return false;
  }

  /** This candidate with its content cut before {@code offset}, trailing punctuation and conjunction dropped. */
  Candidate endingBefore(int offset, String text) {
    List<Segment> parts = new ArrayList<>();
    for (Segment part : content) {
      if (part.start() >= offset) {
        break;
      }
      int end = Math.min(part.end(), offset);
      String piece = text.substring(part.start(), end);
      String trimmed = piece.replaceFirst("(?s)(\\s*(,|—|―|\\band|\\bbut|\\bthough|\\bwhile))*\\s*$", "");
      if (!trimmed.isBlank()) {
        parts.add(new Segment(part.start(), part.start() + trimmed.length()));
      }
    }
    return parts.isEmpty() ? null : new Candidate(source, sourceHead, cue, cueHead, parts);
  }

  Candidate withMoreContent(Segment part) {
    List<Segment> parts = new ArrayList<>(content);
    parts.add(part);
    return new Candidate(source, sourceHead, cue, cueHead, parts);
  }
}
