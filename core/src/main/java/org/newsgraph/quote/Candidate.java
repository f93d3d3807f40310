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

  Candidate withMoreContent(Segment part) {
    List<Segment> parts = new ArrayList<>(content);
    parts.add(part);
    return new Candidate(source, sourceHead, cue, cueHead, parts);
  }
}
