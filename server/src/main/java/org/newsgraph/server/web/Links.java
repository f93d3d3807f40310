package org.newsgraph.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pages' URLs, built in one place with every value encoded. */
public final class Links {

  private Links() {}

  public static String article(String id) {
    return "/articles/" + segment(id);
  }

  public static String entity(String id) {
    return id == null ? null : "/entities/" + segment(id);
  }

  /** {@code path} with {@code params} (nulls and blanks left out) as its query string. */
  public static String with(String path, Map<String, String> params) {
    String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** The current page's parameters with {@code name} set to {@code value} (or removed when null). */
  public static String replacing(String path, Map<String, List<String>> current, String name, String value) {
    Map<String, String> params = new LinkedHashMap<>();
    current.forEach((key, values) -> {
      if (!values.isEmpty() && !key.equals("after")) {
        params.put(key, values.get(0));
      }
    });
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return with(path, params);
  }

  static String segment(String value) {
    return encode(value).replace("+", "%20");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
