package org.newsgraph.event;

import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
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
   * The actor read at character offset {@code at} with dictionary code {@code code}, or null when there is
   * neither a code nor a located phrase.
   *
   * @param wordEnd where the word at {@code at} ends, for the name when no entity covers it
   */
  Actor resolve(String code, int at, int wordEnd) {
    String coded = code == null || code.equals(ActorPhraseCoder.NULL) ? null : code;
    if (at < 0) {
      return coded == null ? null : new Actor(null, null, coded);
    }
    Entity entity = covering(at);
    if (entity != null) {
      return new Actor(entity.id(), entity.name(), coded);
    }
    return new Actor(null, text.substring(at, wordEnd), coded);
  }

  private Entity covering(int at) {
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        if (m.start() <= at && at < m.end()) {
          return entity;
        }
      }
    }
    return null;
  }
}
