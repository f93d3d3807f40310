package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Annotated;

/** The layers of a document, in the order the flow produces them. */
public final class Layers {

  public static final Layer<Article> ARTICLE = Layer.named("article");
  public static final Layer<Annotated> ANNOTATED = Layer.named("annotated");
  public static final Layer<List<Entity>> ENTITIES = Layer.named("entities");
  public static final Layer<List<TimeExpression>> TIMES = Layer.named("times");
  public static final Layer<List<Figure>> FIGURES = Layer.named("figures");
  public static final Layer<List<Quote>> QUOTES = Layer.named("quotes");
  public static final Layer<List<Event>> EVENTS = Layer.named("events");

  private Layers() {}
}
