package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.Map;

/** The error record of an input that could not be analyzed. */
public record ErrorHit(String input, String code, String message) implements Hit {

  @Override
  public String article() {
    return null;
  }

  @Override
  public Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("input", input);
    row.put("code", code);
    row.put("message", message);
    return row;
  }
}
