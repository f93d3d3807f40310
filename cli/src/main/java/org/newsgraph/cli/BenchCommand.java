package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.eval.bench.BenchResult;
import org.newsgraph.eval.bench.CoreNlpAnchor;
import org.newsgraph.eval.bench.ThroughputBenchmark;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench}: throughput, per-stage time, heap and cold start of the pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    subcommands = {BenchStoreCommand.class, BenchServerCommand.class, BenchReadingCommand.class,
        BenchHtmlCommand.class},
    description = {"Measure warm throughput (articles/s, tokens/s) at each thread count, per-stage time, heap and "
        + "cold start.",
        "Corpus: the PolNeAR dev texts when ../shared/data is there, else the bundled examples.",
        "bench store measures the store instead (newsgraph bench store --help)."})
final class BenchCommand implements Callable<Integer> {

  /** Backbone configurations the benchmark knows by name. */
  enum Config {
    NEWSGRAPH(CoreNlpConfig.defaults()),
    NO_PARSE(CoreNlpConfig.defaults().withParse(false)),
    /** SUTime on every sentence, as before issue 15: the same output, to measure what the sentence filter saves. */
    SUTIME_EVERYWHERE(CoreNlpConfig.defaults().withTimeSentencesOnly(false)),
    /** Only to measure SUTime and the numeric classifiers: without them the pipeline finds no times. */
    NO_TIMES(CoreNlpConfig.defaults().withTimes(false)),
    /** CoreNLP's own parser annotator, which also builds four graphs newsgraph never reads: the same output. */
    ALL_DEPENDENCY_GRAPHS(CoreNlpConfig.allDependencyGraphs()),
    TWO_NER_MODELS(CoreNlpConfig.defaults().withNerModels(
        List.of(CoreNlpConfig.ALL_3CLASS, CoreNlpConfig.CONLL_4CLASS))),
    CORENLP_NER_DEFAULT(CoreNlpConfig.coreNlpDefault()),
    CORENLP_NER_NO_FINE_GRAINED(new CoreNlpConfig(CoreNlpConfig.coreNlpDefault().nerModels(), false, true));

    final CoreNlpConfig config;

    Config(CoreNlpConfig config) {
      this.config = config;
    }

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder of articles to time (default: ../shared/data/polnear/dev/text, else examples).")
  private Path corpus;

  @Option(names = "--configs", split = ",", paramLabel = "NAME", defaultValue = "NEWSGRAPH,CORENLP_NER_DEFAULT",
      description = "Configurations to measure, in order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private List<Config> configs;

  @Option(names = "--anchors", split = ",", paramLabel = "NAME", defaultValue = "CORENLP_PIPELINE,CORENLP_ATTRIBUTION",
      description = "CoreNLP's own pipelines (CoreNLP's defaults, no newsgraph stage) timed on the same texts, as "
          + "anchors: ${COMPLETION-CANDIDATES}; NONE for none (default: ${DEFAULT-VALUE}).")
  private List<String> anchors;

  @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
      description = "Thread counts (default: ${DEFAULT-VALUE}).")
  private List<Integer> threads;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "84",
      description = "Articles timed per run for the newsgraph configurations (default: ${DEFAULT-VALUE}).")
  private int articles;

  @Option(names = "--compare-articles", paramLabel = "N", defaultValue = "20",
      description = "Articles timed per run for CoreNLP's own (slow) configurations (default: ${DEFAULT-VALUE}).")
  private int compareArticles;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
      description = "Articles analyzed before timing (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = corpus != null ? corpus : defaultCorpus();
    List<RawDocument> documents = read(folder);
    out.printf("corpus: %s (%d articles); JVM max heap %d MB; %d processors%n", folder, documents.size(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    ThroughputBenchmark benchmark = new ThroughputBenchmark(documents, warmup);
    List<BenchResult> results = new ArrayList<>();
    for (Config config : configs) {
      int count = config.name().startsWith("CORENLP") ? compareArticles : articles;
      List<BenchResult> runs = benchmark.run(config.label(), config.config, threads, count);
      results.addAll(runs);
      out.print(table(runs, results.size() == runs.size()));
      out.flush();
    }
    List<String> texts = documents.stream().filter(d -> d.format() == InputFormat.TEXT).map(RawDocument::content)
        .toList();
    List<BenchResult> anchorResults = new ArrayList<>();
    for (String anchorName : anchors) {
      if (anchorName.equalsIgnoreCase("NONE") || texts.isEmpty()) {
        continue;
      }
      CoreNlpAnchor anchor = CoreNlpAnchor.valueOf(anchorName.toUpperCase(java.util.Locale.ROOT));
      List<BenchResult> runs = anchor.run(texts, warmup, threads, compareArticles);
      anchorResults.addAll(runs);
      out.print(table(runs, false));
      out.flush();
    }
    results.addAll(anchorResults);
    out.println();
    out.print(stageTable(results.stream().filter(r -> !r.stageMillis().isEmpty()).toList()));
    out.println();
    out.print(annotatorTable(results));
    if (!anchorResults.isEmpty()) {
      out.println();
      String ours = results.stream().map(BenchResult::config).filter(Config.NEWSGRAPH.label()::equals).findFirst()
          .orElse(results.get(0).config());
      out.print(ratioTable(ours, results, anchorResults));
    }
    return 0;
  }

  // Tokens per second, since the anchors time the first (shorter) articles only.
  private static String ratioTable(String config, List<BenchResult> results, List<BenchResult> anchorResults) {
    StringBuilder out = new StringBuilder("Speed of " + config + " against CoreNLP's own pipelines, as a ratio of "
        + "tokens/s (same corpus, same run)\n\n| threads | anchor | anchor tokens/s | " + config
        + " tokens/s | ratio |\n|---:|---|---:|---:|---:|\n");
    for (BenchResult anchor : anchorResults) {
      results.stream().filter(r -> r.config().equals(config) && r.threads() == anchor.threads()).findFirst()
          .ifPresent(ours -> out.append(String.format(java.util.Locale.ROOT, "| %d | %s | %.0f | %.0f | %.2f |%n",
              anchor.threads(), anchor.config(), anchor.tokensPerSecond(), ours.tokensPerSecond(),
              ours.tokensPerSecond() / anchor.tokensPerSecond())));
    }
    return out.toString();
  }

  private static Path defaultCorpus() {
    Path polnear = Path.of("..", "shared", "data", "polnear", "dev", "text");
    return Files.isDirectory(polnear) ? polnear : Path.of("examples");
  }

  private static List<RawDocument> read(Path folder) throws IOException {
    DocumentReader reader = new DocumentReader();
    List<RawDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
        reader.read(file, ReadOptions.defaults()).forEach(item -> item.document().ifPresent(documents::add));
      }
    }
    return documents;
  }

  private static String table(List<BenchResult> runs, boolean header) {
    StringBuilder out = new StringBuilder();
    if (header) {
      out.append("\n| config | threads | articles | articles/s | tokens/s | ms/article | load s | first article s "
          + "| live heap after load MB | peak heap MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    }
    for (BenchResult r : runs) {
      out.append(String.format(java.util.Locale.ROOT,
          "| %s | %d | %d | %.2f | %.0f | %.0f | %.1f | %.1f | %d | %d |%n", r.config(), r.threads(), r.articles(),
          r.articlesPerSecond(), r.tokensPerSecond(), 1000 / r.articlesPerSecond(), r.loadSeconds(),
          r.firstArticleSeconds(), r.liveHeapAfterLoadMb(), r.peakHeapMb()));
    }
    return out.toString();
  }

  // CoreNLP's own clock, to a tenth of a second per annotator over the run: read it over tens of articles.
  private static String annotatorTable(List<BenchResult> results) {
    List<String> annotators = results.stream().flatMap(r -> r.annotatorMillis().keySet().stream()).distinct()
        .toList();
    StringBuilder out = new StringBuilder("Per-annotator time inside annotate, ms per article (1 thread; CoreNLP's "
        + "own timing; SUTime and the numeric classifiers run inside NERCombinerAnnotator)\n\n| config | ")
        .append(annotators.stream().map(a -> a.replace("Annotator", "")).collect(Collectors.joining(" | ")))
        .append(" |\n|---|").append(annotators.stream().map(a -> "---:|").collect(Collectors.joining()))
        .append('\n');
    for (BenchResult r : results) {
      if (r.threads() != 1) {
        continue;
      }
      out.append("| ").append(r.config()).append(" | ").append(annotators.stream()
          .map(a -> String.format(java.util.Locale.ROOT, "%.1f", r.annotatorMillis().getOrDefault(a, 0.0)))
          .collect(Collectors.joining(" | "))).append(" |\n");
    }
    return out.toString();
  }

  private static String stageTable(List<BenchResult> results) {
    List<String> stages = results.stream().flatMap(r -> r.stageMillis().keySet().stream()).distinct().toList();
    StringBuilder out = new StringBuilder("Per-stage time, ms per article (1 thread)\n\n| config | ")
        .append(String.join(" | ", stages)).append(" |\n|---|")
        .append(stages.stream().map(s -> "---:|").collect(Collectors.joining())).append('\n');
    for (BenchResult r : results) {
      if (r.threads() != 1) {
        continue;
      }
      Map<String, Double> ms = r.stageMillis();
      out.append("| ").append(r.config()).append(" | ")
          .append(stages.stream().map(s -> String.format(java.util.Locale.ROOT, "%.1f", ms.getOrDefault(s, 0.0)))
              .collect(Collectors.joining(" | "))).append(" |\n");
    }
    return out.toString();
  }
}
