package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The analysis of one article: the single output value of the pipeline.
 *
 * @param input names the input analyzed, as error records do ({@code story.html}, {@code feed.jsonl#3}), so that
 *     outputs join to inputs; null when the caller gave no name
 * @param truncated present when the article went over a work limit and only its start was analyzed
 */
@JsonPropertyOrder({"schema", "input", "truncated", "article", "entities", "quotes", "times", "figures", "events", "places", "focus",
    "framing", "tone"})
public record Analysis(
    String schema,
    String input,
    @JsonInclude(JsonInclude.Include.NON_NULL) Truncation truncated,
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Figure> figures,
    List<Event> events,
    List<Place> places,
    Focus focus,
    List<Framing> framing,
    Tone tone) {

  public static final String SCHEMA = "newsgraph/1";

  public Analysis {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    figures = List.copyOf(figures);
    events = List.copyOf(events);
    places = List.copyOf(places);
    focus = focus == null ? Focus.NONE : focus;
    framing = List.copyOf(framing);
  }

  /** An analysis that names no input and covers its whole article. */
  public Analysis(String schema, Article article, List<Entity> entities, List<Quote> quotes,
      List<TimeExpression> times, List<Figure> figures, List<Event> events, List<Place> places, Focus focus,
      List<Framing> framing, Tone tone) {
    this(schema, null, null, article, entities, quotes, times, figures, events, places, focus, framing, tone);
  }
}
