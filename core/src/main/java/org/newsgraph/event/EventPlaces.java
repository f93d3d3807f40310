package org.newsgraph.event;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.kb.KbLink;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;

/**
 * Places an event: a place entity in a locative phrase of the event's own clause ("met in Berlin"), else one in a
 * locative phrase of a verb of the next sentence when that sentence goes on with the same event — it names the
 * same date and one of the event's participants ("… hosted a summit on Tuesday. Leaders from India … arrived on
 * Tuesday in Beijing"). Immutable and thread-safe.
 */
final class EventPlaces {

  private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.COUNTRY, EntityType.LOCATION,
      EntityType.STATE_OR_PROVINCE);

  private final ClauseFacts facts;

  EventPlaces(ClauseFacts facts) {
    this.facts = facts;
  }

  /** The canonical name of a place entity named in a locative phrase of the verb's clause, or null. */
  String inClause(SentenceGraph graph, int verb, List<Entity> entities) {
    BitSet heads = facts.locatives(graph, verb);
    for (int h = heads.nextSetBit(0); h >= 0; h = heads.nextSetBit(h + 1)) {
      Entity place = placeAt(graph.token(h).start(), entities);
      if (place != null) {
        return place.name();
      }
    }
    return null;
  }

  /**
   * The place of a locative phrase that a verb of the sentence after {@code sentence} governs, when that sentence
   * carries a date expression of value {@code date} and mentions one of {@code participants} (entity ids) or a
   * member country of one of them; null otherwise.
   *
   * @param date the event's own date (from its sentence), or null when it has none
   */
  String inNextSentence(Annotated annotated, Sentence sentence, String date, Collection<String> participants,
      List<Entity> entities, Map<String, KbLink> links, List<TimeExpression> times) {
    if (date == null || sentence.index() + 1 >= annotated.sentences().size()) {
      return null;
    }
    Sentence next = annotated.sentences().get(sentence.index() + 1);
    boolean sameDate = times.stream().anyMatch(t -> t.start() >= next.start() && t.end() <= next.end()
        && date.equals(t.value()));
    if (!sameDate || !namesParticipant(next, participants, entities, links)) {
      return null;
    }
    SentenceGraph graph = new SentenceGraph(annotated, next);
    for (int t = 0; t < graph.size(); t++) {
      int phrase = graph.head(t);
      boolean locative = graph.relation(t).equals("case") && facts.isLocative(graph, t) && phrase >= 0
          && graph.relation(phrase).startsWith("obl") && graph.head(phrase) >= 0 && graph.isVerb(graph.head(phrase));
      Entity place = locative ? placeAt(graph.token(phrase).start(), entities) : null;
      if (place != null) {
        return place.name();
      }
    }
    return null;
  }

  private static boolean namesParticipant(Sentence next, Collection<String> participants, List<Entity> entities,
      Map<String, KbLink> links) {
    for (Entity entity : entities) {
      boolean mentioned = entity.nameMentions().stream().anyMatch(m -> m.start() >= next.start()
          && m.end() <= next.end());
      if (!mentioned) {
        continue;
      }
      if (participants.contains(entity.id())) {
        return true;
      }
      String country = links.containsKey(entity.id()) ? links.get(entity.id()).country() : null;
      for (String participant : participants) {
        if (links.get(participant) instanceof KbLink.IgoLink igo && country != null
            && igo.members().contains(country)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Entity placeAt(int at, List<Entity> entities) {
    for (Entity entity : entities) {
      if (!PLACES.contains(entity.type())) {
        continue;
      }
      for (Mention m : entity.nameMentions()) {
        if (m.start() <= at && at < m.end()) {
          return entity;
        }
      }
    }
    return null;
  }
}
