package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsgraph.fetch.UrlReader;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadAhead;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph analyze}: one JSON analysis per input article. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze news articles: prints one JSON analysis (schema newsgraph/1) per input.",
        "One input document gives one JSON document; several give JSON Lines in input order. An input that "
            + "cannot be analyzed gives an error record in its place, and the rest go on.",
        "Exit code: 0 when every input was analyzed, 1 when any gave an error record, 2 on bad usage."})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|URL",
      description = "Articles to analyze: plain text, HTML, JSON or JSON Lines records "
          + "{url?, title?, outlet?, published?, text | html}, web archives (.warc, .warc.gz: one document per "
          + "HTML response record), RSS/Atom feeds (one per item). '-' reads standard input; an http(s) URL is "
          + "fetched politely (robots.txt, per-host delay).")
  private List<String> inputs = List.of();

  @Option(names = "--feed", paramLabel = "FILE|URL",
      description = "An RSS or Atom feed to read as one: each item (content:encoded, content or summary) is one "
          + "input. Repeatable.")
  private List<String> feeds = List.of();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Force the input format instead of sniffing it: ${COMPLETION-CANDIDATES}.")
  private InputFormat format;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (ISO-8601) to use instead of the one found in the input; relative dates "
          + "are resolved against it.")
  private String published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet name to use instead of the one found.")
  private String outlet;

  @Option(names = "--pretty", description = "Indent the JSON.")
  private boolean pretty;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
      description = "Write <input name>.json per input into DIR instead of printing JSON.")
  private Path outputDir;

  @Option(names = "--summary",
      description = "Print a short human summary per article (who said what, when, figures) instead of JSON.")
  private boolean summary;

  @Mixin
  private final RunOptions run = new RunOptions();

  @Mixin
  private final FetchMixin fetch = new FetchMixin();

  @Override
  public Integer call() throws IOException {
    if (inputs.isEmpty() && feeds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give at least one FILE, URL or --feed");
    }
    ReadOptions readOptions = run.readOptions(format, new SourceMetadata(null, null, outlet, published));
    Map<String, Integer> skipped = new ConcurrentSkipListMap<>();
    DocumentReader reader = new DocumentReader((name, why) -> skipped.merge(why, 1, Integer::sum));
    if (outputDir != null) {
      Files.createDirectories(outputDir);
    }
    PrintWriter out = spec.commandLine().getOut();
    AnalysisJson json = new AnalysisJson();
    ArticleSummary summaries = new ArticleSummary();
    int[] failures = {0};
    int[] done = {0};
    int notAnalyzed = 0;
    // Inputs are read while earlier ones are analyzed: a web archive is never held in memory whole.
    try (BatchAnalyzer analyzer = run.engine(readOptions).batch();
        ReadAhead batch = new ReadAhead(sink -> readAll(reader, readOptions, sink), 4 * run.threads + 4)) {
      analyzer.analyze(batch, outcome -> {
        done[0]++;
        if (outcome.failed()) {
          failures[0]++;
        }
        String document = json.write(outcome.record(), pretty || outputDir != null);
        Path written = outputDir == null ? null : write(outcome, document);
        if (summary) {
          out.print(summaries.describe(outcome, written));
        } else if (written == null) {
          out.println(document);
        }
        out.flush();
      });
      // With --fail-fast the batch stops early: count what was left unread so the user knows.
      while (batch.hasNext()) {
        batch.next();
        notAnalyzed++;
      }
    }
    int total = done[0] + notAnalyzed;
    if (total != 1 || summary) {
      spec.commandLine().getErr().printf("newsgraph: %d input(s), %d analyzed, %d failed%s%n", total,
          done[0] - failures[0], failures[0], notAnalyzed > 0
              ? ", stopped at the first error (--fail-fast): " + notAnalyzed + " not analyzed" : "");
    }
    if (!skipped.isEmpty()) {
      spec.commandLine().getErr().printf("newsgraph: skipped %d archive record(s) that are not HTML pages: %s%n",
          skipped.values().stream().mapToInt(Integer::intValue).sum(), skipped);
    }
    return failures[0] == 0 ? 0 : 1;
  }

  private void readAll(DocumentReader reader, ReadOptions readOptions, Consumer<Ingested> sink) {
    UrlReader urls = new UrlReader(fetch.fetcher(readOptions.maxBytes()), reader);
    for (String input : inputs) {
      read(input, reader, urls, readOptions, sink);
    }
    for (String feed : feeds) {
      read(feed, reader, urls, readOptions.withFormat(InputFormat.FEED), sink);
    }
  }

  private static void read(String input, DocumentReader reader, UrlReader urls, ReadOptions readOptions,
      Consumer<Ingested> sink) {
    if ("-".equals(input)) {
      reader.read(System.in, "stdin", readOptions, sink);
    } else if (UrlReader.isUrl(input)) {
      try {
        urls.read(URI.create(input), readOptions, sink);
      } catch (IllegalArgumentException e) {
        sink.accept(Ingested.rejected(input, RejectedInputException.Reason.FETCH_FAILED, "not a valid URL: "
            + e.getMessage()));
      }
    } else {
      reader.read(Path.of(input), readOptions, sink);
    }
  }

  private Path write(Outcome outcome, String document) {
    Path file = outputDir.resolve(OutputNames.jsonFileName(outcome.input()));
    try {
      Files.writeString(file, document + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }
}
