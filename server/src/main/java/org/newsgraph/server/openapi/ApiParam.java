package org.newsgraph.server.openapi;

/**
 * One documented parameter of an API route.
 *
 * @param in "query" or "path"
 * @param type the JSON Schema type: "string", "integer" or "boolean"
 * @param example a value that makes a request answer; the route test sends it
 */
public record ApiParam(String name, String in, String type, String description, boolean required, String example) {

  public static ApiParam query(String name, String type, String description) {
    return new ApiParam(name, "query", type, description, false, null);
  }

  public static ApiParam path(String name, String description, String example) {
    return new ApiParam(name, "path", "string", description, true, example);
  }

  public ApiParam example(String value) {
    return new ApiParam(name, in, type, description, required, value);
  }
}
