package org.newsgraph.eval.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/**
 * Whether a quote's speaker resolves to the right document entity, as far as PolNeAR can tell without entity gold:
 * a gold source that contains a name must resolve to that name's entity; a gold source that is a bare pronoun can
 * only be checked for being resolved at all.
 */
final class SpeakerCheck {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");

  private final List<Entity> entities;

  SpeakerCheck(List<Entity> entities) {
    this.entities = entities;
  }

  /** The tally of one article's paired relations; {@code pairing[p]} is the gold index of prediction p, or -1. */
  SpeakerTally tally(String text, List<Relation> gold, List<Quote> predicted, int[] pairing) {
    SpeakerTally tally = SpeakerTally.ZERO;
    for (int p = 0; p < predicted.size(); p++) {
      if (pairing[p] < 0 || gold.get(pairing[p]).source().isEmpty()) {
        continue;
      }
      Span source = gold.get(pairing[p]).source();
      String resolved = predicted.get(p).speaker() == null ? null : predicted.get(p).speaker().entity();
      String named = namedEntity(source);
      if (named != null) {
        tally = tally.plus(new SpeakerTally(1, named.equals(resolved) ? 1 : 0, resolved == null ? 1 : 0, 0, 0));
      } else if (PRONOUNS.contains(source.text(text).toLowerCase(Locale.ROOT))) {
        tally = tally.plus(new SpeakerTally(0, 0, 0, 1, resolved == null ? 0 : 1));
      }
    }
    return tally;
  }

  /**
   * The entity a source span names: its first person, else its first organization, else its first other name
   * ("Belarusian president Alexander Lukashenko" names Lukashenko, not Belarus); null when it names none.
   */
  String namedEntity(Span source) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    int bestStart = Integer.MAX_VALUE;
    for (Entity entity : entities) {
      int rank = entity.type() == EntityType.PERSON ? 0 : entity.type() == EntityType.ORGANIZATION ? 1 : 2;
      for (Mention mention : entity.mentions()) {
        if (inside(mention, source) && (rank < bestRank || rank == bestRank && mention.start() < bestStart)) {
          best = entity.id();
          bestRank = rank;
          bestStart = mention.start();
        }
      }
    }
    return best;
  }

  private static boolean inside(Mention mention, Span span) {
    for (int[] range : span.ranges()) {
      if (mention.start() >= range[0] && mention.end() <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
