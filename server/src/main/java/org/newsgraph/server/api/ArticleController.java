package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import org.newsgraph.model.Analysis;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.openapi.ApiParam;
import org.newsgraph.server.openapi.ApiRoute;

/** {@code GET /api/articles/{id}}: the whole stored analysis, as {@code newsgraph analyze} wrote it. */
public final class ArticleController {

  private final CachedStore store;
  private final String exampleId;

  public ArticleController(CachedStore store, String exampleId) {
    this.store = store;
    this.exampleId = exampleId;
  }

  public ApiRoute route() {
    return ApiRoute.get("/api/articles/{id}", "get_article", "articles",
        "The whole analysis of one stored article (schema newsgraph/1)", Analysis.class, this::get,
        ApiParam.path("id", "The article's id (its content hash)", exampleId));
  }

  void get(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String json = store.analysisJson(id).orElseThrow(() -> ApiException.notFound("no stored article " + id));
    ctx.contentType("application/json").result(json);
  }
}
