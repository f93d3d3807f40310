package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** Builds document entities over a short text for linking and geoparsing tests. */
public final class TestEntities {

  private final String text;
  private final List<Entity> entities = new ArrayList<>();

  public TestEntities(String text) {
    this.text = text;
  }

  /** Adds an entity whose mentions are every occurrence of {@code name} in the text. */
  public TestEntities add(EntityType type, String name, String... roles) {
    List<Mention> mentions = new ArrayList<>();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.add(new Mention(at, at + name.length(), name));
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException(name + " is not in the text");
    }
    entities.add(new Entity("e" + (entities.size() + 1), name, type, List.of(), List.of(roles), Map.of(), mentions));
    return this;
  }

  public String text() {
    return text;
  }

  public List<Entity> entities() {
    return List.copyOf(entities);
  }
}
