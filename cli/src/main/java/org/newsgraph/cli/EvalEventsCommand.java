package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.event.ArticleEventEvaluation;
import org.newsgraph.eval.event.ArticleEventGold;
import org.newsgraph.eval.event.ArticleEventReport;
import org.newsgraph.eval.event.GoldArticle;
import org.newsgraph.eval.quote.CachingAnnotator;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TextAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval events}: events in whole articles against the project's event gold. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Analyze each article of the project's event gold (40 dev articles of PolNeAR and the CLIFF BBC "
        + "and HuffPost sets, docs/event-guidelines.md) with the whole pipeline and score the events: precision "
        + "and recall of events (type, actor and recipient) and of types alone, the flags, the false positives "
        + "by kind, and precision and recall by confidence threshold.")
final class EvalEventsCommand implements Callable<Integer> {

  private static final int EXIT_NO_DATA = 2;

  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "The shared data folder holding polnear/ and geo/ (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "A gold file in the same format (default: the gold bundled with the eval module).")
  Path gold;

  @Option(names = "--half", paramLabel = "A|B|all", defaultValue = "all",
      description = "Score one half of the gold, or all of it and each half (default: ${DEFAULT-VALUE}).")
  String half;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5",
      description = "Score only events of at least this confidence (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = {"-v", "--verbose"}, description = "List every event found, judged, and every gold event missed.")
  boolean verbose;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep each article's annotation in DIR (by text "
      + "hash) and reuse it on the next run instead of parsing again.")
  Path cache;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data.resolve("polnear")) || !Files.isDirectory(data.resolve("geo"))) {
      spec.commandLine().getErr().println("newsgraph: the article texts are missing: expected " + data.resolve("polnear")
          + " and " + data.resolve("geo") + " (set --data)");
      return EXIT_NO_DATA;
    }
    if (!half.equals("A") && !half.equals("B") && !half.equals("all")) {
      spec.commandLine().getErr().println("--half must be A, B or all, was " + half);
      return EXIT_NO_DATA;
    }
    ArticleEventGold reader = new ArticleEventGold(data);
    List<GoldArticle> articles = gold == null ? reader.read() : reader.read(gold);
    if (!half.equals("all")) {
      articles = articles.stream().filter(a -> a.half().equals(half)).toList();
    }
    TextAnnotator annotator = cache == null ? new CoreNlpAnnotator(CoreNlpConfig.defaults())
        : new CachingAnnotator(cache, () -> new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    ArticleEventReport report = new ArticleEventEvaluation(annotator).evaluate(articles, threshold);
    out.print(report.render(verbose));
    if (half.equals("all")) {
      for (String h : List.of("A", "B")) {
        out.println();
        out.println("half " + h + ":");
        out.print(report.half(h).summary());
      }
    }
    out.flush();
    return 0;
  }
}
