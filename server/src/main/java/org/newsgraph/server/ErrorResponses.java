package org.newsgraph.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsgraph.server.web.Pages;

/**
 * Turns every failure into an answer with a code and a message: JSON for the API, a page for a browser. A stack
 * trace never leaves the server; an unexpected failure is logged and answered with a generic sentence.
 */
final class ErrorResponses {

  private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

  private final Pages pages;

  ErrorResponses(Pages pages) {
    this.pages = pages;
  }

  void refused(ApiException e, Context ctx) {
    answer(ctx, e.status(), e.code(), e.getMessage());
  }

  void http(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String code = switch (status) {
      case 413 -> "BODY_TOO_LARGE";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 400 -> "BAD_REQUEST";
      default -> "HTTP_" + status;
    };
    String message = status == 413 ? "the request body is over the server's limit" : e.getMessage();
    answer(ctx, status, code, message);
  }

  void unexpected(Exception e, Context ctx) {
    LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
    answer(ctx, 500, "INTERNAL", "the server failed to answer this request; the failure is in its log");
  }

  void notFound(Context ctx) {
    // Javalin calls this for any 404, including those a handler already answered with its own error body.
    if (ctx.result() == null || ctx.result().isEmpty()) {
      answer(ctx, 404, "NOT_FOUND", "no such page: " + ctx.path());
    }
  }

  private void answer(Context ctx, int status, String code, String message) {
    ctx.status(status);
    if (wantsJson(ctx)) {
      ctx.json(new ApiError.Body(new ApiError(code, message)));
    } else {
      Map<String, Object> params = new HashMap<>();
      params.put("status", status);
      params.put("code", code);
      params.put("message", message);
      ctx.html(pages.render("error", params));
    }
  }

  private static boolean wantsJson(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
  }
}
