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
   * nor a phrase. The entity is a person named in the noun phrase ("Secretary of State Antony Blinken"), else the
   * one whose mention covers the dictionary word, else any entity named in the phrase.
   */
  Actor resolve(String code, ActorPhrase phrase) {
    String coded = code == null || code.equals(ActorPhraseCoder.NULL) ? null : code;
    if (phrase == null) {
      return coded == null ? null : new Actor(null, null, coded);
    }
    Entity entity = within(phrase.start(), phrase.end(), EntityType.PERSON);
    if (entity == null) {
      entity = within(phrase.wordStart(), phrase.wordEnd(), null);
    }
    if (entity == null) {
      entity = within(phrase.start(), phrase.end(), null);
    }
    if (entity != null) {
      return new Actor(entity.id(), entity.name(), coded);
    }
    return new Actor(null, text.substring(phrase.wordStart(), phrase.wordEnd()), coded);
  }

  /** The first entity (of the type, when given) with a mention inside {@code [start, end)}. */
  private Entity within(int start, int end, EntityType type) {
    for (Entity entity : entities) {
      if (type != null && entity.type() != type) {
        continue;
      }
      for (Mention m : entity.mentions()) {
        if (m.start() < end && start < m.end() && m.start() >= start - 1) {
          return entity;
        }
      }
    }
    return null;
  }
}
