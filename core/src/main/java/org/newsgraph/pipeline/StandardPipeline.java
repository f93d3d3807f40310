package org.newsgraph.pipeline;

import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.entity.EntityStage;
import org.newsgraph.event.EventStage;
import org.newsgraph.figure.FigureStage;
import org.newsgraph.nlp.AnnotateStage;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.time.TimeStage;

/** The pipeline newsgraph runs everywhere (CLI, server, Spark): every stage, in flow order. */
public final class StandardPipeline {

  private StandardPipeline() {}

  public static Pipeline build(TextAnnotator annotator) {
    return Pipeline.builder(new ArticleCleaner())
        .then(new AnnotateStage(annotator))
        .then(new EntityStage())
        .then(new TimeStage())
        .then(new FigureStage())
        .then(new EventStage())
        .build();
  }
}
