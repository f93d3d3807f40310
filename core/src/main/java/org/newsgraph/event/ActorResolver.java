package org.newsgraph.event;

import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Decides who an event's actor is: the document entity whose mention covers the word the coder read the actor
 * from, its canonical name, and the actor code. The code is the coder's (Phoenix dictionaries) for now; this is
 * the one place to prefer a knowledge-base code of the entity once entities carry one.
 */
final class ActorResolver {

  private final List<Entity> entities;
  private final String text;

  ActorResolver(List<Entity> entities, String text) {
    this.entities = entities;
    this.text = text;
  }

  /**
   * The actor read from {@code phrase} with dictionary code {@code code}, or null when there is neither a code
   * nor a phrase. The entity is, in order: the one named by the noun phrase's head word ("Secretary of State
   * Antony Blinken"), the one named by the dictionary word ("Putin's military"), a person named in the phrase,
   * the last one named in the phrase (its apposition: "the military alliance, the CSTO").
   */
  Actor resolve(String code, ActorPhrase phrase) {
    String coded = code == null || code.equals(ActorPhraseCoder.NULL) ? null : code;
    if (phrase == null) {
      return coded == null ? null : new Actor(null, null, coded);
    }
    Entity entity = first(phrase.headStart(), phrase.headEnd(), null);
    if (entity == null) {
      entity = first(phrase.wordStart(), phrase.wordEnd(), null);
    }
    if (entity == null) {
      entity = first(phrase.start(), phrase.end(), EntityType.PERSON);
    }
    if (entity == null) {
      entity = last(phrase.start(), phrase.end());
    }
    if (entity != null) {
      return new Actor(entity.id(), entity.name(), coded);
    }
    return new Actor(null, text.substring(phrase.wordStart(), phrase.wordEnd()), coded);
  }

  /** The entity (of the type, when given) with a mention inside {@code [start, end)}. */
  private Entity first(int start, int end, EntityType type) {
    for (Entity entity : entities) {
      if (type != null && entity.type() != type) {
        continue;
      }
      for (Mention m : entity.mentions()) {
        if (m.start() < end && start < m.end()) {
          return entity;
        }
      }
    }
    return null;
  }

  /** The entity whose mention inside {@code [start, end)} ends last. */
  private Entity last(int start, int end) {
    Entity found = null;
    int at = -1;
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        if (m.start() >= start && m.end() <= end && m.end() > at) {
          found = entity;
          at = m.end();
        }
      }
    }
    return found;
  }
}
