package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.openapi.ApiParam;
import org.newsgraph.server.openapi.ApiRoute;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Kind;

/** {@code GET /api/articles}, {@code /api/quotes}, {@code /api/events}, {@code /api/entities}: one kind's hits. */
public final class ListController {

  private final CachedStore store;
  private final Kind kind;
  private final String name;
  private final Function<Hit, Map<String, Object>> rows;

  public ListController(CachedStore store, Kind kind, String name) {
    this(store, kind, name, Hit::row);
  }

  /** A list whose hits' columns are as {@code rows} gives them. */
  public ListController(CachedStore store, Kind kind, String name, Function<Hit, Map<String, Object>> rows) {
    this.store = store;
    this.kind = kind;
    this.name = name;
    this.rows = rows;
  }

  public ApiRoute route(String summary) {
    List<ApiParam> params = SearchParams.documented(kind);
    return ApiRoute.get("/api/" + name, "list_" + name, name, summary, Map.class, this::list,
        params.toArray(ApiParam[]::new)).alsoAs("application/x-ndjson", "text/csv");
  }

  void list(Context ctx) throws IOException {
    HitsAnswer.answer(ctx, store, SearchParams.query(kind, ctx), name, rows);
  }
}
