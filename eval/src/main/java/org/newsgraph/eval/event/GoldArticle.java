package org.newsgraph.eval.event;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of the event gold with its text from {@code ../shared/data}, its half (A or B) and every PLOVER event
 * it holds.
 *
 * @param reference where the text lives: {@code polnear/dev/text/<name>.txt} or {@code geo/bbc.json#<index>}
 * @param published the publication date when the source gives it (PolNeAR file names do), else null
 */
public record GoldArticle(String reference, String half, String text, LocalDate published, List<GoldEvent> events) {

  public GoldArticle {
    events = List.copyOf(events);
  }
}
