package org.newsgraph.time;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/** Finds the article's temporal expressions, normalized against its publication date and corrected for news. */
public final class TimeStage implements Stage<List<TimeExpression>> {

  private final TimeNormalizer normalizer;

  public TimeStage() {
    this(new TimeNormalizer());
  }

  public TimeStage(TimeNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ANNOTATED);
  }

  @Override
  public Layer<List<TimeExpression>> produces() {
    return Layers.TIMES;
  }

  @Override
  public List<TimeExpression> compute(Document document) {
    Article article = document.get(Layers.ARTICLE);
    return normalizer.normalize(document.get(Layers.ANNOTATED), article.publishedDate().orElse(null));
  }
}
