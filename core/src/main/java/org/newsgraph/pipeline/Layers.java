package org.newsgraph.pipeline;

import java.util.List;
import java.util.Map;
import org.newsgraph.kb.KbLink;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Framing;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Tone;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Quotation;

/** The layers of a document, in the order the flow produces them. */
public final class Layers {

  public static final Layer<Article> ARTICLE = Layer.named("article");
  public static final Layer<Annotated> ANNOTATED = Layer.named("annotated");
  /** Every stretch of the text between quotation marks, closed or not, read by the quote and framing stages. */
  public static final Layer<List<Quotation>> QUOTATIONS = Layer.named("quotations");
  public static final Layer<List<Entity>> ENTITIES = Layer.named("entities");
  public static final Layer<List<TimeExpression>> TIMES = Layer.named("times");
  public static final Layer<List<Figure>> FIGURES = Layer.named("figures");
  public static final Layer<List<Quote>> QUOTES = Layer.named("quotes");
  /** Place entities resolved to gazetteer entries. */
  public static final Layer<List<Place>> PLACES = Layer.named("places");
  /** Knowledge-base facts per entity id, merged into {@code entities[].kb} when the analysis is assembled. */
  public static final Layer<Map<String, KbLink>> LINKS = Layer.named("links");
  public static final Layer<Focus> FOCUS = Layer.named("focus");
  public static final Layer<List<Framing>> FRAMING = Layer.named("framing");
  public static final Layer<Tone> TONE = Layer.named("tone");
  public static final Layer<List<Event>> EVENTS = Layer.named("events");

  private Layers() {}
}
