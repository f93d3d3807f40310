package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The analysis of one article: the single output value of the pipeline.
 */
@JsonPropertyOrder({"schema", "article", "entities", "quotes", "times", "figures", "events", "places", "focus",
    "framing", "tone"})
public record Analysis(
    String schema,
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
}
