package org.newsgraph.eval.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.event.CoderOptions;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Removal;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.quote.QuoteConfig;

/**
 * Runs each article of the event gold through the whole pipeline and lines the gold up with what it found: the
 * gold spans are moved into the cleaned text (cleaning may drop a header or a linked headline), and the
 * article's sentence bounds are kept so that an event found where the gold has none can be told apart.
 */
public final class ArticleEventEvaluation {

  private final Pipeline pipeline;
  private final RecordingAnnotator annotator;

  public ArticleEventEvaluation(TextAnnotator annotator) {
    this.annotator = new RecordingAnnotator(annotator);
    // Every coded event is kept, with its confidence, so that the report can score any threshold.
    this.pipeline = StandardPipeline.build(this.annotator, KnowledgeBase.load(), QuoteConfig.defaults(),
        CoderOptions.news(), 0);
  }

  /** Analyzes every article; {@code threshold} is the least event confidence scored. */
  public ArticleEventReport evaluate(List<GoldArticle> articles, double threshold) {
    List<ArticleEventReport.Scored> scored = new ArrayList<>();
    long started = System.nanoTime();
    for (GoldArticle article : articles) {
      scored.add(analyze(article));
    }
    return new ArticleEventReport(scored, threshold, (System.nanoTime() - started) / 1e9);
  }

  private ArticleEventReport.Scored analyze(GoldArticle article) {
    LocalDate published = article.published();
    RawDocument raw = new RawDocument(article.reference(), article.text(), InputFormat.TEXT,
        new SourceMetadata(null, null, null, published == null ? null : published.toString()));
    Analysis analysis;
    try {
      analysis = pipeline.analyze(raw);
    } catch (RejectedInputException e) {
      return new ArticleEventReport.Scored(article, article.text(), List.of(), List.of(), List.of(),
          article.events(), 0);
    }
    String cleaned = analysis.article().text();
    Annotated annotated = annotator.last(cleaned);
    List<int[]> sentences = new ArrayList<>();
    if (annotated != null) {
      for (Sentence s : annotated.sentences()) {
        sentences.add(new int[] {s.start(), s.end()});
      }
    }
    List<GoldEvent> moved = new ArrayList<>();
    int lost = 0;
    for (GoldEvent event : article.events()) {
      GoldEvent m = cleaned.equals(article.text()) ? event : move(event, article.text(), cleaned,
          analysis.article().removed());
      if (m == null) {
        lost++;
      } else {
        moved.add(m);
      }
    }
    return new ArticleEventReport.Scored(article, cleaned, analysis.events(), analysis.entities(), sentences,
        moved, lost);
  }

  /** The event with its spans in the cleaned text, or null when its trigger is not there (cleaned away). */
  static GoldEvent move(GoldEvent event, String original, String cleaned, List<Removal> removed) {
    GoldSpan trigger = move(event.trigger(), cleaned, removed);
    if (trigger == null) {
      return null;
    }
    return new GoldEvent(event.id(), event.type(), event.mode(), trigger, moveAll(event.actor(), cleaned, removed),
        moveAll(event.recipient(), cleaned, removed), move(event.date(), cleaned, removed),
        move(event.place(), cleaned, removed), event.negated(), event.hypothetical(), event.future(),
        event.reported());
  }

  private static List<GoldSpan> moveAll(List<GoldSpan> spans, String cleaned, List<Removal> removed) {
    List<GoldSpan> out = new ArrayList<>();
    for (GoldSpan span : spans) {
      GoldSpan m = move(span, cleaned, removed);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The occurrence of the span's words nearest to where the removals before it leave it. */
  private static GoldSpan move(GoldSpan span, String cleaned, List<Removal> removed) {
    if (span == null) {
      return null;
    }
    int expected = span.start();
    for (Removal r : removed) {
      if (r.end() <= span.start()) {
        expected -= r.end() - r.start();
      }
    }
    int best = -1;
    for (int at = cleaned.indexOf(span.text()); at >= 0; at = cleaned.indexOf(span.text(), at + 1)) {
      if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) {
        best = at;
      }
    }
    return best < 0 ? null : span.shifted(best - span.start());
  }

  /** Passes annotation through, keeping the last result so its sentences can be read after the pipeline ran. */
  private static final class RecordingAnnotator implements TextAnnotator {
    private final TextAnnotator inner;
    private Annotated last;

    RecordingAnnotator(TextAnnotator inner) {
      this.inner = inner;
    }

    @Override
    public synchronized Annotated annotate(String text, LocalDate anchor) {
      last = inner.annotate(text, anchor);
      return last;
    }

    synchronized Annotated last(String text) {
      return last != null && last.text().equals(text) ? last : null;
    }
  }
}
