package org.newsgraph.server.openapi;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An API route and its documentation, declared together so that a route cannot be served without being documented.
 *
 * @param path in OpenAPI's form, {@code /api/articles/{id}}; each parameter is routed as one taking slashes
 * @param response the type whose schema the OpenAPI document gives for a 200 answer
 * @param formats the media types of a 200 answer, the first being the default
 * @param body the media types accepted as request body; empty when the route takes none
 * @param write whether the route can store data, and so may need the write token
 */
public record ApiRoute(HandlerType method, String path, String operationId, String tag, String summary,
    List<ApiParam> params, Class<?> response, List<String> formats, List<String> body, boolean write,
    Handler handler) {

  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
  private static final Pattern ROUTED_PARAM = Pattern.compile("<(\\w+)>");

  public ApiRoute {
    params = List.copyOf(params);
    formats = List.copyOf(formats);
    body = List.copyOf(body);
  }

  /** A GET route answering JSON. */
  public static ApiRoute get(String path, String operationId, String tag, String summary, Class<?> response,
      Handler handler, ApiParam... params) {
    return new ApiRoute(HandlerType.GET, path, operationId, tag, summary, List.of(params), response,
        List.of("application/json"), List.of(), false, handler);
  }

  /** The path as routed: every parameter may span slashes ({@code /api/articles/<id>}), since ids can hold them. */
  public String routedPath() {
    return PARAM.matcher(path).replaceAll("<$1>");
  }

  /** A routed path in OpenAPI's form: {@code /api/articles/<id>} is {@code /api/articles/{id}}. */
  public static String documentedPath(String routed) {
    return ROUTED_PARAM.matcher(routed).replaceAll("{$1}");
  }

  /** The same route, also answering in other media types (chosen with {@code format=}). */
  public ApiRoute alsoAs(String... mediaTypes) {
    List<String> all = new java.util.ArrayList<>(formats);
    all.addAll(List.of(mediaTypes));
    return new ApiRoute(method, path, operationId, tag, summary, params, response, all, body, write, handler);
  }
}
