package org.newsgraph.eval.time;

import java.util.List;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.time.TimeNormalizer;

/**
 * Runs newsgraph's time extraction over TimeML documents, each anchored on its creation time, and scores it against
 * the gold TIMEX3s, both before and after the corrections of {@link TimeNormalizer}.
 */
public final class TimeEvaluation {

  private final TextAnnotator annotator;
  private final TimeNormalizer normalizer;
  private final TimexScorer scorer = new TimexScorer();

  public TimeEvaluation(TextAnnotator annotator, TimeNormalizer normalizer) {
    this.annotator = annotator;
    this.normalizer = normalizer;
  }

  public TimeEvalResult evaluate(List<TimeMlDocument> documents) {
    long started = System.nanoTime();
    TimexScore raw = TimexScore.ZERO;
    TimexScore corrected = TimexScore.ZERO;
    for (TimeMlDocument document : documents) {
      Annotated annotated = annotator.annotate(document.text(), document.anchor());
      List<TimeExpression> sutime = TimeNormalizer.uncorrected(annotated);
      raw = raw.plus(scorer.score(document.gold(), sutime));
      corrected = corrected.plus(scorer.score(document.gold(), normalizer.normalize(annotated, document.anchor())));
    }
    return new TimeEvalResult(documents.size(), raw, corrected, (System.nanoTime() - started) / 1_000_000);
  }
}
