package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Framing;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.QuotationMarks;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * Finds how the reporter frames what is said: loaded attribution cues, hedges and verdicts, each applied to a quote,
 * a speaker or a claim (see {@link Targets} for the ids). Rule-based over the dependency parse; thread-safe.
 */
public final class FramingStage implements Stage<List<Framing>> {

  private final Connotations connotations;
  private final LoadedCues loadedCues;
  private final Hedges hedges;
  private final Verdicts verdicts;

  public FramingStage() {
    this(Connotations.load());
  }

  public FramingStage(Connotations connotations) {
    this.connotations = connotations;
    this.loadedCues = new LoadedCues(connotations);
    this.hedges = new Hedges(connotations);
    this.verdicts = new Verdicts(connotations);
  }

  @Override
  public String name() {
    return "framing";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ANNOTATED, Layers.QUOTATIONS, Layers.ENTITIES, Layers.QUOTES);
  }

  @Override
  public Layer<List<Framing>> produces() {
    return Layers.FRAMING;
  }

  @Override
  public List<Framing> compute(Document document) {
    return framing(document.get(Layers.ANNOTATED), document.get(Layers.QUOTATIONS), document.get(Layers.QUOTES),
        document.get(Layers.ENTITIES));
  }

  /** The framing of an annotated text whose quotes and entities are known (either list may be empty). */
  public List<Framing> framing(Annotated annotated, List<Quote> quotes, List<Entity> entities) {
    return framing(annotated, QuotationMarks.find(annotated), quotes, entities);
  }

  /** The same, over the text's quoted stretches as the {@code quotations} layer holds them. */
  public List<Framing> framing(Annotated annotated, List<Quotation> quotations, List<Quote> quotes,
      List<Entity> entities) {
    Parse parse = new Parse(annotated);
    // A mark never closed sets off nothing: it is as often a stray or mismatched mark as a quotation.
    List<Segment> marked = quotations.stream().filter(Quotation::closed)
        .map(q -> new Segment(q.start(), q.end())).toList();
    SpeakersWords speakers = SpeakersWords.of(annotated, quotes, marked);
    Targets targets = new Targets(quotes, entities);
    // A word found twice keeps its first record: a hedge ("what he claimed was") before the loaded cue it also is.
    Map<String, Framing> bySpan = new LinkedHashMap<>();
    List<Framing> all = new ArrayList<>();
    all.addAll(hedges.find(annotated, parse, speakers, marked, targets));
    all.addAll(verdicts.find(annotated, parse, speakers, targets));
    all.addAll(loadedCues.find(annotated, quotes, parse, speakers, targets));
    for (Framing framing : all) {
      bySpan.putIfAbsent(framing.start() + "-" + framing.end(), framing);
    }
    List<Framing> framing = new ArrayList<>(bySpan.values());
    framing.sort(Comparator.comparingInt(Framing::start).thenComparingInt(Framing::end));
    return List.copyOf(framing);
  }

  /** The cue lexicon this stage uses. */
  public Connotations connotations() {
    return connotations;
  }
}
