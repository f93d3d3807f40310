package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.quote.CachingAnnotator;
import org.newsgraph.eval.quote.PolnearArticle;
import org.newsgraph.eval.quote.PolnearCorpus;
import org.newsgraph.eval.quote.QuoteEvaluation;
import org.newsgraph.eval.quote.QuoteScores;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.entity.EntityStage;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.quote.QuoteConfig;
import org.newsgraph.quote.QuoteStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores attribution (source, cue, content) against PolNeAR. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quotes and attributions against PolNeAR: P/R/F1 of source, cue and content spans, exact "
        + "and overlap match.")
public final class EvalQuotesCommand implements Callable<Integer> {

  static final int EXIT_NO_DATA = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "PolNeAR folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data", "polnear");

  @Option(names = "--split", paramLabel = "SPLIT", description = "dev or train (default: ${DEFAULT-VALUE}).")
  String split = "dev";

  @Option(names = "--cues", paramLabel = "HOW", description = "learned (the cue classifier, default) or rules "
      + "(the inventory threshold).")
  String cues = "learned";

  @Option(names = "--spans", paramLabel = "HOW", description = "learned (the span model moves the rules' edges, "
      + "default) or rules (the rules' spans as they are).")
  String spans = "learned";

  @Option(names = "--strong-cues", paramLabel = "P", description = "The cue probability that suffices for a verb "
      + "heading a cue in at least half of its PolNeAR train uses (default: the configuration's).")
  Double strongCues;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the split's first N articles.")
  Integer limit;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also list each article's errors in FILE.")
  Path errors;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep each article's annotation in DIR (by text "
      + "hash) and reuse it on the next run instead of parsing again.")
  Path cache;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!split.equals("dev") && !split.equals("train")) {
      spec.commandLine().getErr().println("--split must be dev or train, was " + split);
      return EXIT_NO_DATA;
    }
    if (!Files.isDirectory(data.resolve(split).resolve("text")) || !Files.exists(data.resolve("metadata.tsv"))) {
      spec.commandLine().getErr().println("PolNeAR not found: expected " + data.resolve(split).resolve("text")
          + " and " + data.resolve("metadata.tsv") + " (set --data)");
      return EXIT_NO_DATA;
    }
    if (!cues.equals("learned") && !cues.equals("rules")) {
      spec.commandLine().getErr().println("--cues must be learned or rules, was " + cues);
      return EXIT_NO_DATA;
    }
    if (!spans.equals("learned") && !spans.equals("rules")) {
      spec.commandLine().getErr().println("--spans must be learned or rules, was " + spans);
      return EXIT_NO_DATA;
    }
    QuoteConfig config = cues.equals("rules") ? QuoteConfig.defaults().withInventoryCues() : QuoteConfig.defaults();
    if (spans.equals("rules")) {
      config = config.withRuleSpans();
    }
    if (strongCues != null) {
      config = config.withStrongCueProbability(strongCues);
    }
    EntityStage entities = new EntityStage();
    TextAnnotator annotator = cache == null ? new CoreNlpAnnotator(CoreNlpConfig.defaults())
        : new CachingAnnotator(cache, () -> new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    QuoteEvaluation evaluation = new QuoteEvaluation(annotator,
        annotated -> entities.entities(annotated, null), new QuoteStage(config));
    List<PolnearArticle> articles = PolnearCorpus.read(data, split);
    if (limit != null && limit < articles.size()) {
      articles = articles.subList(0, limit);
    }
    QuoteScores scores;
    if (errors == null) {
      scores = evaluation.evaluate(split, articles, null);
    } else {
      try (PrintWriter listing = new PrintWriter(Files.newBufferedWriter(errors))) {
        scores = evaluation.evaluate(split, articles, listing);
      }
    }
    out.print(scores.table());
    out.flush();
    return 0;
  }
}
