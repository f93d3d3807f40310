package org.newsgraph.store.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Framing;

/**
 * A stored quote; {@code start}/{@code end} are its content's offsets in the article text.
 *
 * @param speaker the speaker's canonical name, else the article's words for them; null when unattributed
 * @param speakerId the speaker's knowledge-base id, when linked
 * @param title the article's title, or null
 * @param index the quote's place among its article's quotes, or -1 when the store does not keep it
 * @param framing the reporter's framing that applies to the quote; null when the store does not keep it (a store
 *     written before framing was kept with quotes: read it from the article's analysis)
 */
public record QuoteHit(String article, String id, String speaker, String speakerId, String cue, String kind,
    String text, int start, int end, String outlet, String published, String title, int index,
    List<Framing> framing) implements Hit {

  public QuoteHit {
    framing = framing == null ? null : List.copyOf(framing);
  }

  /** A quote hit without its title, place or framing. */
  public QuoteHit(String article, String id, String speaker, String speakerId, String cue, String kind,
      String text, int start, int end, String outlet, String published) {
    this(article, id, speaker, speakerId, cue, kind, text, start, end, outlet, published, null, -1, null);
  }

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
