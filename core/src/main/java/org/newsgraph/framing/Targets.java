package org.newsgraph.framing;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Token;

/**
 * Names what a framing record applies to: a quote id ({@code q3}), an entity id ({@code e2}) for a speaker framed
 * without a quote, or a claim that is no quote, named by its character range: {@code claim:START-END}.
 */
final class Targets {

  private final List<Quote> quotes;
  private final List<Entity> entities;

  Targets(List<Quote> quotes, List<Entity> entities) {
    this.quotes = quotes;
    this.entities = entities;
  }

  static String claim(Segment span) {
    return "claim:" + span.start() + "-" + span.end();
  }

  /** The quote whose cue holds {@code token}. */
  Optional<Quote> withCue(Token token) {
    return quotes.stream()
        .filter(q -> q.cue() != null && q.cue().start() <= token.start() && token.end() <= q.cue().end())
        .findFirst();
  }

  /** The shortest quote whose content holds {@code [start, end)}. */
  Optional<Quote> covering(int start, int end) {
    Quote best = null;
    for (Quote quote : quotes) {
      boolean holds = quote.parts().stream().anyMatch(p -> p.start() <= start && end <= p.end());
      if (holds && (best == null || quote.end() - quote.start() < best.end() - best.start())) {
        best = quote;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The longest quote whose content lies inside {@code span}. */
  Optional<Quote> within(Segment span) {
    Quote best = null;
    for (Quote quote : quotes) {
      if (span.start() <= quote.start() && quote.end() <= span.end()
          && (best == null || quote.end() - quote.start() > best.end() - best.start())) {
        best = quote;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The quote whose content is exactly {@code span}, quotation marks or not. */
  Optional<Quote> exactly(Segment span) {
    return quotes.stream()
        .filter(q -> Math.abs(q.start() - span.start()) <= 1 && Math.abs(q.end() - span.end()) <= 1)
        .findFirst();
  }

  /** The quotes whose content overlaps {@code span}. */
  List<Quote> quotedIn(Segment span) {
    return quotes.stream().filter(q -> q.start() < span.end() && q.end() > span.start()).toList();
  }

  /** The entity one of whose mentions holds {@code token}. */
  Optional<Entity> entityAt(Token token) {
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        if (mention.start() <= token.start() && token.end() <= mention.end()) {
          return Optional.of(entity);
        }
      }
    }
    return Optional.empty();
  }
}
