package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.server.Analyzer;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.RateLimiter;
import org.newsgraph.server.WriteGuard;
import org.newsgraph.server.api.AnalysisSink;
import org.newsgraph.server.api.AnalyzeController;

/** {@code /analyze}: a form to paste an article into, answered with its article page. */
public final class AnalyzePage {

  private final Pages pages;
  private final Analyzer analyzer;
  private final RateLimiter limiter;
  private final WriteGuard guard;
  private final AnalysisSink sink;
  private final boolean writable;
  private final ArticleView.EntityLinks entityLinks;

  public AnalyzePage(Pages pages, Analyzer analyzer, RateLimiter limiter, WriteGuard guard, AnalysisSink sink,
      boolean writable, ArticleView.EntityLinks entityLinks) {
    this.pages = pages;
    this.analyzer = analyzer;
    this.limiter = limiter;
    this.guard = guard;
    this.sink = sink;
    this.writable = writable;
    this.entityLinks = entityLinks;
  }

  public void form(Context ctx) {
    ctx.html(form("", null));
  }

  public void submit(Context ctx) {
    String text = ctx.formParam("text");
    if (text == null || text.isBlank()) {
      ctx.status(400).html(form("", "Paste the text or HTML of an article first."));
      return;
    }
    boolean store = "true".equals(ctx.formParam("store"));
    if (store) {
      guard.check(ctx.formParam("token"));
    }
    if (!limiter.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
      ctx.status(429).html(form(text, "Too many analyses from this client; try again in a minute."));
      return;
    }
    SourceMetadata metadata = new SourceMetadata(blankToNull(ctx.formParam("url")),
        blankToNull(ctx.formParam("title")), blankToNull(ctx.formParam("outlet")),
        blankToNull(ctx.formParam("published")));
    Outcome outcome;
    try {
      outcome = analyzer.analyze(text.getBytes(StandardCharsets.UTF_8), "form",
          AnalyzeController.format(ctx.formParam("format"), null), metadata);
    } catch (ApiException e) {
      ctx.status(e.status()).html(form(text, e.getMessage()));
      return;
    }
    if (outcome instanceof Outcome.Failed failed) {
      ctx.status(422).html(form(text, failed.error().error().code() + ": " + failed.error().error().message()));
      return;
    }
    Analysis analysis = ((Outcome.Analyzed) outcome).analysis();
    String jsonLink = null;
    String selfLink = null;
    if (store) {
      sink.store(analysis);
      jsonLink = "/api/articles/" + analysis.article().id();
      selfLink = "/articles/" + analysis.article().id();
    }
    ArticleView view = ArticleView.of(analysis, false, jsonLink, selfLink, entityLinks);
    ctx.html(pages.render("article", Map.of("view", view)));
  }

  private String form(String text, String message) {
    Map<String, Object> params = new HashMap<>();
    params.put("text", text);
    params.put("message", message);
    params.put("writable", writable);
    return pages.render("analyze", params);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
