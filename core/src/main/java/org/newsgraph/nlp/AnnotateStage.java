package org.newsgraph.nlp;

import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/** Annotates the article text, anchoring relative times on its publication date. */
public final class AnnotateStage implements Stage<Annotated> {

  private final TextAnnotator annotator;

  public AnnotateStage(TextAnnotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE);
  }

  @Override
  public Layer<Annotated> produces() {
    return Layers.ANNOTATED;
  }

  @Override
  public Annotated compute(Document document) {
    Article article = document.get(Layers.ARTICLE);
    return annotator.annotate(article.text(), article.publishedDate().orElse(null));
  }
}
