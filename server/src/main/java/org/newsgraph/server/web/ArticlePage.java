package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.newsgraph.model.Analysis;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.CachedStore;

/** {@code /articles/{id}}: a stored article with its facts highlighted; {@code ?removed=show} shows the clutter. */
public final class ArticlePage {

  private final Pages pages;
  private final CachedStore store;
  private final ArticleView.EntityLinks entityLinks;

  public ArticlePage(Pages pages, CachedStore store, ArticleView.EntityLinks entityLinks) {
    this.pages = pages;
    this.store = store;
    this.entityLinks = entityLinks;
  }

  public void show(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Analysis analysis = store.analysis(id).orElseThrow(() -> ApiException.notFound("no stored article " + id));
    ArticleView view = ArticleView.of(analysis, "show".equals(ctx.queryParam("removed")), "/api/articles/"
        + Links.segment(id), Links.article(id), entityLinks);
    ctx.html(pages.render("article", Map.of("view", view)));
  }
}
