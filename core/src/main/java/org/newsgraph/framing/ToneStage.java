package org.newsgraph.framing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Tone;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/** Scores the tone of the article's text and of each quote's content (its parts) with a word lexicon. */
public final class ToneStage implements Stage<Tone> {

  private final ToneScorer scorer;

  public ToneStage() {
    this(new ToneScorer(ToneLexicon.afinn()));
  }

  public ToneStage(ToneScorer scorer) {
    this.scorer = scorer;
  }

  @Override
  public String name() {
    return "tone";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ANNOTATED, Layers.QUOTES);
  }

  @Override
  public Layer<Tone> produces() {
    return Layers.TONE;
  }

  @Override
  public Tone compute(Document document) {
    return tone(document.get(Layers.ANNOTATED), document.get(Layers.QUOTES));
  }

  /** The article's tone, with the tone of each quote by id. */
  public Tone tone(Annotated annotated, List<Quote> quotes) {
    Tone article = scorer.score(annotated.tokens());
    Map<String, Tone> byQuote = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      List<Token> inside = annotated.tokens().stream()
          .filter(t -> quote.parts().stream().anyMatch(p -> p.start() <= t.start() && t.end() <= p.end()))
          .toList();
      byQuote.put(quote.id(), scorer.score(inside));
    }
    return new Tone(article.score(), article.positive(), article.negative(), article.words(), byQuote);
  }
}
