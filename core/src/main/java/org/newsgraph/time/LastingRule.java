package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * Reads "to last about 18 months" as a duration of 18 months: SUTime takes the verb "last" for the adjective and
 * gives the 18 months before the publication date. Only where the tagger reads "last" as a verb and the words after
 * it are a length of time.
 */
final class LastingRule implements TimexRule {

  private final Durations durations;

  LastingRule(Durations durations) {
    this.durations = durations;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    Token first = document.tokens().get(timex.firstToken());
    if (!first.text().equalsIgnoreCase("last") || !first.pos().startsWith("VB")
        || timex.endToken() - timex.firstToken() < 3) {
      return Optional.of(timex);
    }
    int start = timex.firstToken() + 1;
    return durations.value(document.tokens().subList(start, timex.endToken()))
        .map(value -> {
          int offset = document.tokens().get(start).start();
          return new Timex(offset, timex.end(), document.text().substring(offset, timex.end()), "DURATION", value,
              start, timex.endToken());
        })
        .or(() -> Optional.of(timex));
  }
}
