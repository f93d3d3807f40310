package org.newsgraph.pipeline;

import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.entity.EntityStage;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.event.CoderOptions;
import org.newsgraph.event.EventModel;
import org.newsgraph.event.EventStage;
import org.newsgraph.figure.FigureStage;
import org.newsgraph.geo.FocusStage;
import org.newsgraph.geo.GeoStage;
import org.newsgraph.kb.EntityLinkStage;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.framing.FramingStage;
import org.newsgraph.framing.ToneStage;
import org.newsgraph.nlp.AnnotateStage;
import org.newsgraph.nlp.QuotationStage;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.quote.QuoteConfig;
import org.newsgraph.quote.QuoteStage;
import org.newsgraph.time.TimeStage;

/** The pipeline newsgraph runs everywhere (CLI, server, Spark): every stage, in flow order. */
public final class StandardPipeline {

  private StandardPipeline() {}

  /** The standard pipeline with the knowledge base compiled into newsgraph. */
  public static Pipeline build(TextAnnotator annotator) {
    return build(annotator, KnowledgeBase.load());
  }

  /** The standard pipeline over a knowledge base already loaded (load it once per JVM). */
  public static Pipeline build(TextAnnotator annotator, KnowledgeBase kb) {
    return build(annotator, kb, QuoteConfig.defaults(), CoderOptions.news());
  }

  /** The standard pipeline with the quote stage and the event coder configured as given. */
  public static Pipeline build(TextAnnotator annotator, KnowledgeBase kb, QuoteConfig quotes, CoderOptions events) {
    return build(annotator, kb, quotes, events, EventStage.DEFAULT_THRESHOLD);
  }

  /** The same, reporting events of at least {@code eventThreshold} confidence (0: every coded event). */
  public static Pipeline build(TextAnnotator annotator, KnowledgeBase kb, QuoteConfig quotes, CoderOptions events,
      double eventThreshold) {
    return Pipeline.builder(new ArticleCleaner())
        .languages(LanguageIdentifier.load())
        .then(new AnnotateStage(annotator))
        .then(new QuotationStage())
        .then(new EntityStage(new Gazetteer(kb.geography())))
        .then(new GeoStage(kb))
        .then(new EntityLinkStage(kb))
        .then(new FocusStage())
        .then(new TimeStage())
        .then(new QuoteStage(quotes))
        .then(new FigureStage())
        .then(new EventStage(EventModel.load(kb.actorDictionaries()), events, eventThreshold))
        .then(new FramingStage())
        .then(new ToneStage())
        .build();
  }
}
