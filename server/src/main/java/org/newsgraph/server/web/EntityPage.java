package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.api.EntityController;
import org.newsgraph.server.api.EntityFacts;
import org.newsgraph.server.api.SearchParams;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.StoreQuery;

/** {@code /entities} and {@code /entities/{id}}: the entities of the corpus, and one entity's profile. */
public final class EntityPage {

  private static final int LISTED = 60;

  private final Pages pages;
  private final CachedStore store;
  private final EntityFacts facts;

  public EntityPage(Pages pages, CachedStore store, EntityFacts facts) {
    this.pages = pages;
    this.store = store;
    this.facts = facts;
  }

  /** A named value with a count (an estimate when {@code estimated}) and a link: an entity, a speaker, an outlet. */
  public record Counted(String name, long count, boolean estimated, String link) {}

  /** One knowledge-base fact, its value written out. */
  public record KbFact(String key, String value) {}

  public void list(Context ctx) throws IOException {
    StoreQuery<?> query = SearchParams.query(Kind.ENTITY, ctx);
    List<Counted> entities = counted(store.facets(query, Set.of(Facet.ENTITY), LISTED).get(Facet.ENTITY), true);
    Map<String, Object> params = new HashMap<>();
    params.put("form", Form.of(ctx));
    params.put("entities", entities);
    params.put("total", store.count(query));
    ctx.html(pages.render("entities", params));
  }

  public void show(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Interval interval = SearchParams.interval(ctx, Interval.MONTH);
    EntityProfile profile = store.profile(id, interval, EntityController.TOP);
    if (profile.articles() == 0) {
      throw ApiException.notFound("no stored article mentions " + id);
    }
    Optional<Entity> entity = facts.of(id);
    List<Map.Entry<String, Long>> timeline = Buckets.filled(profile.timeline(), interval);
    List<Map.Entry<String, Long>> cooccurring = profile.cooccurring().stream()
        .map(c -> (Map.Entry<String, Long>) new AbstractMap.SimpleEntry<>(c.value(), c.count())).toList();
    String name = entity.map(e -> String.valueOf(e.kb().getOrDefault("name", e.name()))).orElse(id);
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    params.put("name", name);
    params.put("type", entity.map(e -> e.type().toString()).orElse(""));
    params.put("roles", entity.map(Entity::roles).orElse(List.of()));
    params.put("aliases", entity.map(Entity::aliases).orElse(List.of()));
    params.put("kb", entity.map(e -> kbFacts(e.kb())).orElse(List.of()));
    params.put("profile", profile);
    params.put("timeline", Timeline.of(timeline, label -> null));
    params.put("network", Network.of(name, cooccurring, Links::entity));
    params.put("networkEstimated", profile.cooccurring().stream().anyMatch(FacetCount::estimated));
    params.put("talkingAbout", counted(store.facets(QuoteQuery.about(id), Set.of(Facet.SPEAKER), 12)
        .get(Facet.SPEAKER), true));
    params.put("talksAbout", counted(store.facets(QuoteQuery.bySpeaker(id), Set.of(Facet.ENTITY), 12)
        .get(Facet.ENTITY), true));
    params.put("outlets", counted(profile.outlets(), false));
    params.put("json", "/api/entities/" + Links.segment(id));
    ctx.html(pages.render("entity", params));
  }

  private static List<Counted> counted(List<FacetCount> counts, boolean linked) {
    List<Counted> out = new ArrayList<>();
    for (FacetCount count : counts == null ? List.<FacetCount>of() : counts) {
      out.add(new Counted(count.value(), count.count(), count.estimated(), linked ? Links.entity(count.value())
          : Links.with("/search", Map.of("outlet", count.value()))));
    }
    return out;
  }

  /** The knowledge-base facts as rows; nested values (roles, members) written compactly. */
  static List<KbFact> kbFacts(Map<String, Object> kb) {
    List<KbFact> rows = new ArrayList<>();
    kb.forEach((key, value) -> rows.add(new KbFact(key, written(value))));
    return rows;
  }

  private static String written(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(k + " " + written(v)));
      return String.join(", ", parts);
    }
    if (value instanceof List<?> list) {
      List<String> parts = list.stream().map(EntityPage::written).toList();
      return parts.size() > 40 ? String.join(", ", parts.subList(0, 40)) + " … (" + parts.size() + ")"
          : String.join(", ", parts);
    }
    return String.valueOf(value);
  }
}
