package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.quote.SpanBoundaries.Edge;
import org.newsgraph.quote.SpanBoundaries.Option;

/**
 * Moves each edge of an attribution's content and source to the boundary the learned span model ranks first among
 * those {@link SpanBoundaries} proposes near the rules' choice; the rules' span stays where the model has no option.
 */
final class SpanRefiner {

  private final SpanModel model;

  SpanRefiner(SpanModel model) {
    this.model = model;
  }

  static SpanRefiner load() {
    return new SpanRefiner(SpanModel.load());
  }

  /**
   * The candidates with their edges moved. Uncued continuations and speaker lines ("NAME: ...", whose cue is a mark
   * with no head word) are left as the rules found them: the model reads the parse around a cue word. So are noun
   * cues ("his claim that …"), which its training never saw.
   */
  List<Candidate> refine(Annotated annotated, List<Candidate> candidates) {
    return refineScored(annotated, candidates).stream().map(Refined::candidate).toList();
  }

  /** The candidates with their edges moved, each with the model's probability for its content's two edges. */
  List<Refined> refineScored(Annotated annotated, List<Candidate> candidates) {
    SpanBoundaries boundaries = new SpanBoundaries(annotated);
    List<Refined> refined = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      boolean learned = candidate.cue() != null && candidate.cueHead() >= 0
          && !annotated.tokens().get(candidate.cueHead()).pos().startsWith("NN");
      refined.add(learned ? refine(boundaries, candidate) : new Refined(candidate, null));
    }
    return refined;
  }

  /**
   * A candidate as refined.
   *
   * @param contentProbability the model's probability for the content's start times that for its end; null when
   *     the model did not place both (no options near the rules' edge, or its edges clashed and the rules' stand)
   */
  record Refined(Candidate candidate, Double contentProbability) {}

  private Refined refine(SpanBoundaries boundaries, Candidate candidate) {
    List<Segment> content = candidate.content();
    Segment cue = candidate.cue();
    Segment source = candidate.source();
    int sourceHead = candidate.sourceHead();
    // "..., arguing that ...": the model may find the speaker the rules' subject search did not, or overrule it.
    int ruleHead = source == null ? -1 : boundaries.headOf(source);
    if (source == null || ruleHead >= 0) {
      int head = model.choose(boundaries.sourceHeads(content, cue, ruleHead), ruleHead);
      if (head >= 0 && head != ruleHead) {
        source = boundaries.sourceSpan(head, content, cue);
        sourceHead = head;
      }
    }
    SpanModel.Choice startChoice = model.decide(boundaries.options(Edge.CONTENT_START, content, cue, source),
        content.get(0).start());
    SpanModel.Choice endChoice = model.decide(boundaries.options(Edge.CONTENT_END, content, cue, source),
        content.get(content.size() - 1).end());
    int start = startChoice.offset();
    int end = endChoice.offset();
    double probability = startChoice.probability() * endChoice.probability();
    List<Segment> parts = new ArrayList<>(content);
    parts.set(0, new Segment(start, parts.get(0).end()));
    Segment last = parts.get(parts.size() - 1);
    parts.set(parts.size() - 1, new Segment(last.start(), end));
    if (parts.stream().anyMatch(part -> part.start() >= part.end())) {
      parts = content;
      probability = Double.NaN;
    }
    Segment newSource = source;
    if (source != null) {
      newSource = new Segment(best(boundaries.options(Edge.SOURCE_START, content, cue, source), source.start()),
          best(boundaries.options(Edge.SOURCE_END, content, cue, source), source.end()));
      boolean clash = newSource.start() >= newSource.end();
      for (Segment part : parts) {
        clash |= newSource.start() < part.end() && newSource.end() > part.start();
      }
      if (clash) {
        newSource = candidate.source();
        sourceHead = candidate.sourceHead();
      }
    }
    Segment newCue = new Segment(best(boundaries.options(Edge.CUE_START, content, cue, source), cue.start()),
        best(boundaries.options(Edge.CUE_END, content, cue, source), cue.end()));
    boolean cueClash = newCue.start() >= newCue.end()
        || newSource != null && newCue.start() < newSource.end() && newCue.end() > newSource.start();
    for (Segment part : parts) {
      cueClash |= newCue.start() < part.end() && newCue.end() > part.start();
    }
    return new Refined(new Candidate(newSource, sourceHead, cueClash ? cue : newCue, candidate.cueHead(), parts),
        Double.isNaN(probability) ? null : probability);
  }

  private int best(List<Option> options, int rule) {
    return model.choose(options, rule);
  }
}
