package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity as one article has it; {@code start}/{@code end} are the offsets of its first mention.
 *
 * @param id the entity's id within the article ({@code e3})
 * @param kb its knowledge-base id, when linked
 * @param mentions how often the article mentions it
 */
public record EntityHit(String article, String id, String name, String type, String kb, int mentions, int start,
    int end, String outlet, String published) implements Hit {

  @Override
  public Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("article", article);
    row.put("id", id);
    row.put("name", name);
    row.put("type", type);
    row.put("kb", kb);
    row.put("mentions", mentions);
    row.put("start", start);
    row.put("end", end);
    row.put("outlet", outlet);
    row.put("published", published);
    return row;
  }
}
