package org.newsgraph.server.web;

import io.javalin.http.Context;

/** The values a page's filter form shows again: what the user asked for, as given. */
public record Form(java.util.Map<String, String> values) {

  public static Form of(Context ctx) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    ctx.queryParamMap().forEach((key, list) -> {
      if (!list.isEmpty()) {
        values.put(key, list.get(0));
      }
    });
    return new Form(values);
  }

  /** The value of {@code name}, or "" (never null: the form writes it into a value attribute). */
  public String get(String name) {
    return values.getOrDefault(name, "");
  }

  public boolean is(String name, String value) {
    return value.equals(values.get(name));
  }
}
