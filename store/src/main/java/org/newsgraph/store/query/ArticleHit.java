package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored article.
 *
 * @param countries focus countries, main first
 * @param engine the version of the engine that analyzed it
 * @param cluster the id of the earliest of its syndicated copies, which names its cluster (its own id when alone)
 * @param earliest whether it is that earliest copy
 * @param copies how many copies its cluster holds, itself included
 */
public record ArticleHit(String id, String input, String url, String title, String outlet, String published,
    String language, List<String> countries, String engine, String cluster, boolean earliest, int copies)
    implements Hit {

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
    row.put("cluster", cluster);
    row.put("earliest", earliest);
    row.put("copies", copies);
    return row;
  }
}
