package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored event; {@code start}/{@code end} are the offsets of its evidence, the words it was coded from.
 *
 * @param actor the actor's name; {@code actorCode} its CAMEO-form code
 * @param evidence the words at {@code start}..{@code end}
 */
public record EventHit(String article, String id, String type, String cameo, String actor, String actorCode,
    String recipient, String recipientCode, String date, String place, boolean negated, boolean hypothetical,
    boolean future, String evidence, int start, int end, String outlet, String published) implements Hit {

  @Override
  public Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("article", article);
    row.put("id", id);
    row.put("type", type);
    row.put("cameo", cameo);
    row.put("actor", actor);
    row.put("actor_code", actorCode);
    row.put("recipient", recipient);
    row.put("recipient_code", recipientCode);
    row.put("date", date);
    row.put("place", place);
    row.put("negated", negated);
    row.put("hypothetical", hypothetical);
    row.put("future", future);
    row.put("evidence", evidence);
    row.put("start", start);
    row.put("end", end);
    row.put("outlet", outlet);
    row.put("published", published);
    return row;
  }
}
