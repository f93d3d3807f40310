package org.newsgraph.figure;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Figure;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/** Finds the figures the article states, with unit, what they count and who says so (from the quote layer). */
public final class FigureStage implements Stage<List<Figure>> {

  private final FigureExtractor extractor;

  public FigureStage() {
    this(new FigureExtractor());
  }

  public FigureStage(FigureExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "figure";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ANNOTATED, Layers.QUOTES);
  }

  @Override
  public Layer<List<Figure>> produces() {
    return Layers.FIGURES;
  }

  @Override
  public List<Figure> compute(Document document) {
    return extractor.extract(document.get(Layers.ANNOTATED), document.get(Layers.QUOTES));
  }
}
