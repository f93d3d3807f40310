package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Entity;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.openapi.ApiParam;
import org.newsgraph.server.openapi.ApiRoute;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Interval;

/** {@code GET /api/entities/{id}}: an entity's profile and its knowledge-base facts. */
public final class EntityController {

  public static final int TOP = 20;

  private final CachedStore store;
  private final EntityFacts facts;
  private final String exampleId;

  public EntityController(CachedStore store, EntityFacts facts, String exampleId) {
    this.store = store;
    this.facts = facts;
    this.exampleId = exampleId;
  }

  public ApiRoute route() {
    return ApiRoute.get("/api/entities/{id}", "get_entity", "entities",
        "An entity's profile: knowledge-base facts, mentions over time, quotes by and about it, co-occurring "
            + "entities, events as actor and recipient, outlets",
        Map.class, this::get, ApiParam.path("id", "Knowledge-base id (RUS, phoenix:vladimir_putin) or canonical "
            + "name", exampleId), ApiParam.query("interval", "string", "The timeline's buckets: day, week or month"));
  }

  void get(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityProfile profile = store.profile(id, SearchParams.interval(ctx, Interval.MONTH), TOP);
    if (profile.articles() == 0) {
      throw ApiException.notFound("no stored article mentions " + id);
    }
    ctx.json(body(profile, facts.of(id)));
  }

  /** The profile as the API writes it: hits as the rows every list uses. */
  static Map<String, Object> body(EntityProfile profile, Optional<Entity> entity) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entity", profile.entity());
    entity.ifPresent(e -> {
      body.put("name", e.name());
      body.put("type", e.type());
      body.put("aliases", e.aliases());
      body.put("roles", e.roles());
      body.put("kb", e.kb());
    });
    body.put("articles", profile.articles());
    body.put("interval", profile.interval().name().toLowerCase(java.util.Locale.ROOT));
    body.put("timeline", profile.timeline());
    body.put("quotes_by", rows(profile.quotesBy()));
    body.put("quotes_about", rows(profile.quotesAbout()));
    body.put("cooccurring", profile.cooccurring());
    body.put("events_as_actor", rows(profile.eventsAsActor()));
    body.put("events_as_recipient", rows(profile.eventsAsRecipient()));
    body.put("outlets", profile.outlets());
    return body;
  }

  private static Map<String, Object> rows(Hits<? extends Hit> hits) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total", hits.total());
    page.put("total_relation", hits.totalRelation());
    page.put("hits", hits.hits().stream().map(Hit::row).toList());
    return page;
  }
}
