package org.newsgraph.server.api;

import java.io.IOException;
import java.util.List;

import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Entity;
import org.newsgraph.server.CachedStore;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

/**
 * What the knowledge base says of an entity (codes, roles at dates, coordinates, members), read from the newest
 * stored article that mentions it: the store keeps the linked facts inside each analysis.
 */
public final class EntityFacts {

  private final CachedStore store;
  public EntityFacts(CachedStore store) {
    this.store = store;
  }

  /** The entity as the newest article mentioning {@code id} (knowledge-base id or canonical name) has it. */
  public Optional<Entity> of(String id) throws IOException {
    Hits<ArticleHit> newest = store.search(new ArticleQuery(null, null, null, null, null, null, id),
        Page.first(1, SortOrder.DATE), java.util.Set.of());
    if (newest.hits().isEmpty()) {
      return Optional.empty();
    }
    Optional<Analysis> analysis = store.analysis(newest.hits().get(0).id());
    if (analysis.isEmpty()) {
      return Optional.empty();
    }
    List<Entity> entities = analysis.get().entities();
    return entities.stream().filter(e -> id.equals(e.kb().get("id"))).findFirst()
        .or(() -> entities.stream().filter(e -> id.equalsIgnoreCase(String.valueOf(e.kb().get("name"))))
            .findFirst())
        .or(() -> entities.stream().filter(e -> e.name().equalsIgnoreCase(id)).findFirst());
  }

  /** The link of an entity's page: its knowledge-base id when linked, else its canonical name. */
  public static String key(Entity entity) {
    Object kb = entity.kb().get("id");
    return kb == null ? entity.name() : kb.toString();
  }

}
