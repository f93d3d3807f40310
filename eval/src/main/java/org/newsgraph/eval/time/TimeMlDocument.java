package org.newsgraph.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.TimeExpression;

/**
 * One TimeML document: the text of its {@code TEXT} element without tags, its creation date, and the gold TIMEX3
 * expressions as offsets into that text.
 *
 * @param anchor the document creation time (the TIMEX3 with {@code functionInDocument="CREATION_TIME"}), or null
 */
public record TimeMlDocument(String name, String text, LocalDate anchor, List<TimeExpression> gold) {

  public TimeMlDocument {
    gold = List.copyOf(gold);
  }
}
