package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored quote; {@code start}/{@code end} are its content's offsets in the article text.
 *
 * @param speaker the speaker's canonical name, else the article's words for them; null when unattributed
 * @param speakerId the speaker's knowledge-base id, when linked
 */
public record QuoteHit(String article, String id, String speaker, String speakerId, String cue, String kind,
    String text, int start, int end, String outlet, String published) implements Hit {

  @Override
  public Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("article", article);
    row.put("id", id);
    row.put("speaker", speaker);
    row.put("speaker_id", speakerId);
    row.put("cue", cue);
    row.put("kind", kind);
    row.put("text", text);
    row.put("start", start);
    row.put("end", end);
    row.put("outlet", outlet);
    row.put("published", published);
    return row;
  }
}
