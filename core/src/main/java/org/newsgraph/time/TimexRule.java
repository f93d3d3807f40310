package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;

/** One correction to the annotator's temporal expressions: keeps, changes or drops one timex. */
interface TimexRule {

  /**
   * Corrects one timex.
   *
   * @param anchor the publication date, or null when unknown
   * @return the timex, changed or not, or empty to drop it
   */
  Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor);
}
