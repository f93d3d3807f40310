package org.newsgraph.eval.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.kb.KbCountry;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Focus;

/** Runs the pipeline over CLIFF's hand-coded sets and scores the focus country found against the hand code. */
public final class GeoEvaluation {

  /** The sets scored, in ../shared/data/geo. */
  public static final List<String> SETS = List.of("bbc.json", "huffpo.json");

  private final Newsgraph pipeline;
  private final KnowledgeBase kb;

  public GeoEvaluation(Newsgraph pipeline, KnowledgeBase kb) {
    this.pipeline = pipeline;
    this.kb = kb;
  }

  public List<FocusScore> evaluate(Path folder) throws IOException {
    List<FocusScore> scores = new ArrayList<>();
    for (String set : SETS) {
      scores.add(score(set, CodedArticles.read(folder.resolve(set))));
    }
    return scores;
  }

  FocusScore score(String set, List<CodedArticle> articles) {
    List<FocusScore.Result> results = new ArrayList<>();
    for (CodedArticle article : articles) {
      String iso3 = article.uncoded() ? "" : kb.countryByCode(article.country().toUpperCase(Locale.ROOT))
          .map(KbCountry::iso3).orElse(article.country());
      try {
        Analysis analysis = pipeline.analyze(RawDocument.text(article.id() + ".txt", article.text()));
        results.add(new FocusScore.Result(article, iso3, analysis.focus(), null));
      } catch (RejectedInputException e) {
        results.add(new FocusScore.Result(article, iso3, Focus.NONE, e.getMessage()));
      }
    }
    return new FocusScore(set, results);
  }

  /** The scores as a Markdown table, then each miss. */
  public static String render(List<FocusScore> scores) {
    StringBuilder out = new StringBuilder("| set | articles | CLIFF protocol | coded | main focus = hand code |\n")
        .append("|---|---:|---:|---:|---:|\n");
    long n = 0;
    long cliff = 0;
    long coded = 0;
    long strict = 0;
    for (FocusScore s : scores) {
      out.append(row(s.set(), s.results().size(), s.cliffRight(), s.coded(), s.strictRight()));
      n += s.results().size();
      cliff += s.cliffRight();
      coded += s.coded();
      strict += s.strictRight();
    }
    out.append(row("**all**", n, cliff, coded, strict)).append('\n');
    for (FocusScore s : scores) {
      for (FocusScore.Result r : s.results()) {
        if (!r.article().uncoded() && !r.rightStrict()) {
          out.append(String.format(Locale.ROOT, "%s %s: coded %s (%s), found %s %s%n", s.set(), r.article().id(),
              r.codedIso3(), r.article().place(), r.focus().country(), r.focus().countries())
              + (r.error() == null ? "" : " — rejected: " + r.error() + "\n"));
        }
      }
    }
    return out.toString();
  }

  private static String row(String set, long n, long cliff, long coded, long strict) {
    return String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d | %d (%.1f%%) |%n", set, n, cliff,
        100.0 * cliff / Math.max(1, n), coded, strict, 100.0 * strict / Math.max(1, coded));
  }
}
