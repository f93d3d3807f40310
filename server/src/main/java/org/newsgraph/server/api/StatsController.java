package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.openapi.ApiRoute;
import org.newsgraph.store.StoreStats;

/** {@code GET /api/stats}: what the store holds, as {@code newsgraph store stats} prints it. */
public final class StatsController {

  private final CachedStore store;

  public StatsController(CachedStore store) {
    this.store = store;
  }

  public ApiRoute route() {
    return ApiRoute.get("/api/stats", "stats", "store",
        "Counts of articles, errors, entities, quotes, events; dates; engine versions; size on disk",
        StoreStats.class, this::get);
  }

  void get(Context ctx) throws IOException {
    ctx.json(store.stats());
  }
}
