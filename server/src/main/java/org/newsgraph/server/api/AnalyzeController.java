package org.newsgraph.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.server.Analyzer;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.RateLimiter;
import org.newsgraph.server.WriteGuard;
import org.newsgraph.server.openapi.ApiParam;
import org.newsgraph.server.openapi.ApiRoute;

/** {@code POST /api/analyze}: one article in the body, its analysis back; stored when asked and authorized. */
public final class AnalyzeController {

  private final Analyzer analyzer;
  private final RateLimiter limiter;
  private final WriteGuard guard;
  private final AnalysisSink sink;

  public AnalyzeController(Analyzer analyzer, RateLimiter limiter, WriteGuard guard, AnalysisSink sink) {
    this.analyzer = analyzer;
    this.limiter = limiter;
    this.guard = guard;
    this.sink = sink;
  }

  public ApiRoute route() {
    return new ApiRoute(HandlerType.POST, "/api/analyze", "analyze", "analyze",
        "Analyze one article (plain text, HTML, or a JSON record {url?, title?, outlet?, published?, text | html}) "
            + "and answer its analysis; store=true also stores it, with the write token",
        List.of(ApiParam.query("format", "string", "TEXT, HTML or JSON; sniffed from the body when absent"),
            ApiParam.query("url", "string", "The article's URL"),
            ApiParam.query("title", "string", "The article's title, over the one found"),
            ApiParam.query("outlet", "string", "The outlet's name, over the one found"),
            ApiParam.query("published", "string", "Publication date (ISO-8601); relative dates resolve against it"),
            ApiParam.query("store", "boolean", "Store the analysis (needs 'Authorization: Bearer TOKEN')")),
        Analysis.class, List.of("application/json"), List.of("text/plain", "text/html", "application/json"), true,
        this::analyze);
  }

  void analyze(Context ctx) {
    boolean store = Boolean.parseBoolean(ctx.queryParam("store"));
    if (store) {
      guard.check(ctx);
    }
    if (!limiter.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
      throw new ApiException(429, "RATE_LIMITED", "too many analyze requests from this client; try again later");
    }
    InputFormat format = format(ctx.queryParam("format"), ctx.contentType());
    SourceMetadata metadata = new SourceMetadata(ctx.queryParam("url"), ctx.queryParam("title"),
        ctx.queryParam("outlet"), ctx.queryParam("published"));
    Outcome outcome = analyzer.analyze(ctx.bodyAsBytes(), "request", format, metadata);
    if (outcome instanceof Outcome.Failed failed) {
      ctx.status(422).json(failed.error());
      return;
    }
    Analysis analysis = ((Outcome.Analyzed) outcome).analysis();
    if (store) {
      sink.store(analysis);
    }
    ctx.json(analysis);
  }

  /** The format named, else the one the content type says, else null (sniffed). */
  public static InputFormat format(String named, String contentType) {
    if (named != null && !named.isBlank()) {
      try {
        return InputFormat.valueOf(named.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("format must be TEXT, HTML, JSON or JSONL, was '" + named + "'");
      }
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html")) {
      return InputFormat.HTML;
    }
    if (type.startsWith("application/json")) {
      return InputFormat.JSON;
    }
    if (type.startsWith("text/plain")) {
      return InputFormat.TEXT;
    }
    return null;
  }
}
