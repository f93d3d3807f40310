package org.newsgraph.figure;

import java.util.List;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/** The character spans of a document's temporal expressions: numbers inside them are dates, not figures. */
final class TimeSpans {

  private final List<Timex> timexes;

  TimeSpans(Annotated document) {
    this.timexes = document.timexes();
  }

  boolean covers(Token token) {
    return overlaps(token.start(), token.end());
  }

  boolean overlaps(int start, int end) {
    for (Timex timex : timexes) {
      if (timex.start() < end && start < timex.end()) {
        return true;
      }
    }
    return false;
  }
}
