package org.newsgraph.eval.quote;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.entity.NameGender;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.quote.QuoteStage;

/**
 * Scores the quote stage on PolNeAR the way its paper and CofeNet do: over attribution relations, precision, recall
 * and F1 of the source, cue and content spans, by exact and by overlap match.
 *
 * <p>How relations are matched: each predicted relation is paired with at most one gold relation of the same
 * article, greedily by the number of content characters they share (most first; ties by text order); pairs must
 * share at least one content character. For each role, a paired prediction counts as correct when its span equals
 * the gold one as a set of character ranges (exact) or shares at least one character with it (overlap). Precision
 * divides by the predicted relations having that role, recall by the gold relations having it; so an unpaired
 * relation counts against every role it has. PolNeAR is univocal (a token belongs to at most one attribution), so a
 * predicted relation whose cue lies inside another predicted relation's content (a nested attribution) is left out
 * before scoring. Gold relations lacking a cue or a content (37 of 22,501 in train) are left out.
 */
public final class QuoteEvaluation {

  private final TextAnnotator annotator;
  private final Function<Annotated, List<Entity>> entities;
  private final QuoteStage stage;
  private final NameGender names = NameGender.load();

  public QuoteEvaluation(TextAnnotator annotator, Function<Annotated, List<Entity>> entities, QuoteStage stage) {
    this.annotator = annotator;
    this.entities = entities;
    this.stage = stage;
  }

  /** Scores one split; writes each article's misses to {@code errors} when it is not null. */
  public QuoteScores evaluate(Path polnear, String split, PrintWriter errors) {
    return evaluate(split, PolnearCorpus.read(polnear, split), errors);
  }

  /** Scores the given articles of a split (a sample, for a quicker cross-check). */
  public QuoteScores evaluate(String split, List<PolnearArticle> articles, PrintWriter errors) {
    RoleScore[] exact = new RoleScore[3];
    RoleScore[] overlap = new RoleScore[3];
    for (int r = 0; r < 3; r++) {
      exact[r] = new RoleScore(0, 0, 0);
      overlap[r] = new RoleScore(0, 0, 0);
    }
    int gold = 0;
    int predictedTotal = 0;
    int paired = 0;
    SpeakerTally speakers = SpeakerTally.ZERO;
    for (PolnearArticle article : articles) {
      Annotated annotated = annotator.annotate(article.text(), null);
      List<Entity> found = entities.apply(annotated);
      List<Quote> quotes = stage.quotes(annotated, found);
      List<Relation> all = relations(quotes);
      List<Relation> predicted = new ArrayList<>();
      List<Quote> keptQuotes = new ArrayList<>();
      for (int index : univocalIndices(all)) {
        predicted.add(all.get(index));
        keptQuotes.add(quotes.get(index));
      }
      int[] pairing = pair(article.relations(), predicted);
      SpeakerCheck check = new SpeakerCheck(found, names);
      speakers = speakers.plus(check.tally(article.text(), article.relations(), keptQuotes, pairing));
      gold += article.relations().size();
      predictedTotal += predicted.size();
      for (int r = 0; r < 3; r++) {
        exact[r] = exact[r].plus(score(article.relations(), predicted, pairing, r, true));
        overlap[r] = overlap[r].plus(score(article.relations(), predicted, pairing, r, false));
      }
      for (int g : pairing) {
        paired += g >= 0 ? 1 : 0;
      }
      if (errors != null) {
        new ErrorListing(errors).write(article, predicted, pairing);
        check.failures(article.text(), article.relations(), keptQuotes, pairing).forEach(errors::println);
      }
    }
    return new QuoteScores(split, articles.size(), gold, predictedTotal, paired, List.of(exact), List.of(overlap),
        speakers);
  }

  static List<Relation> relations(List<Quote> quotes) {
    List<Relation> relations = new ArrayList<>();
    for (Quote quote : quotes) {
      Span source = quote.speaker() == null ? Span.empty()
          : Span.of(quote.speaker().start(), quote.speaker().end());
      Span cue = quote.cue() == null ? Span.empty() : Span.of(quote.cue().start(), quote.cue().end());
      List<int[]> parts = new ArrayList<>();
      for (Segment part : quote.parts()) {
        parts.add(new int[] {part.start(), part.end()});
      }
      relations.add(new Relation(source, cue, new Span(parts)));
    }
    return relations;
  }

  static List<Relation> univocal(List<Relation> relations) {
    List<Relation> kept = new ArrayList<>();
    for (int index : univocalIndices(relations)) {
      kept.add(relations.get(index));
    }
    return kept;
  }

  /** The indices of the relations {@link #univocal} keeps. */
  static List<Integer> univocalIndices(List<Relation> relations) {
    List<Integer> kept = new ArrayList<>();
    for (int index = 0; index < relations.size(); index++) {
      Relation relation = relations.get(index);
      boolean nested = false;
      for (Relation other : relations) {
        if (other != relation && !relation.cue().isEmpty() && other.content().overlap(relation.cue()) > 0) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        kept.add(index);
      }
    }
    return kept;
  }

  /** For each predicted relation, the index of the gold relation it is paired with, or -1. */
  static int[] pair(List<Relation> gold, List<Relation> predicted) {
    List<int[]> overlaps = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        int shared = predicted.get(p).content().overlap(gold.get(g).content());
        if (shared > 0) {
          overlaps.add(new int[] {shared, p, g});
        }
      }
    }
    overlaps.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
        : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
    int[] pairing = new int[predicted.size()];
    java.util.Arrays.fill(pairing, -1);
    boolean[] goldTaken = new boolean[gold.size()];
    for (int[] candidate : overlaps) {
      if (pairing[candidate[1]] < 0 && !goldTaken[candidate[2]]) {
        pairing[candidate[1]] = candidate[2];
        goldTaken[candidate[2]] = true;
      }
    }
    return pairing;
  }

  static Span role(Relation relation, int role) {
    return switch (role) {
      case 0 -> relation.source();
      case 1 -> relation.cue();
      default -> relation.content();
    };
  }

  private static RoleScore score(List<Relation> gold, List<Relation> predicted, int[] pairing, int role,
      boolean exact) {
    int correct = 0;
    int predictedCount = 0;
    int goldCount = 0;
    for (Relation relation : gold) {
      goldCount += role(relation, role).isEmpty() ? 0 : 1;
    }
    for (int p = 0; p < predicted.size(); p++) {
      Span mine = role(predicted.get(p), role);
      if (mine.isEmpty()) {
        continue;
      }
      predictedCount++;
      if (pairing[p] >= 0) {
        Span theirs = role(gold.get(pairing[p]), role);
        if (!theirs.isEmpty() && (exact ? mine.sameAs(theirs) : mine.overlap(theirs) > 0)) {
          correct++;
        }
      }
    }
    return new RoleScore(correct, predictedCount, goldCount);
  }
}
