package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored article.
 *
 * @param countries focus countries, main first
 * @param engine the version of the engine that analyzed it
 */
public record ArticleHit(String id, String input, String url, String title, String outlet, String published,
    String language, List<String> countries, String engine) implements Hit {

  public ArticleHit {
    countries = List.copyOf(countries);
  }

  @Override
  public String article() {
    return id;
  }

  @Override
  public Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("input", input);
    row.put("url", url);
    row.put("title", title);
    row.put("outlet", outlet);
    row.put("published", published);
    row.put("language", language);
    row.put("countries", countries);
    row.put("engine", engine);
    return row;
  }
}
