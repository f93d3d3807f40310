package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Articles to analyze: plain text, HTML, JSON or JSON Lines records "
          + "{url?, title?, outlet?, published?, text | html}. '-' reads standard input.")
  private List<String> inputs;

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

  @Override
  public Integer call() throws IOException {
    ReadOptions readOptions = run.readOptions(format, new SourceMetadata(null, null, outlet, published));
    DocumentReader reader = new DocumentReader();
    List<Ingested> batch = new ArrayList<>();
    for (String input : inputs) {
      batch.addAll("-".equals(input) ? reader.read(System.in, "stdin", readOptions)
          : reader.read(Path.of(input), readOptions));
    }
    if (outputDir != null) {
      Files.createDirectories(outputDir);
    }
    PrintWriter out = spec.commandLine().getOut();
    AnalysisJson json = new AnalysisJson();
    ArticleSummary summaries = new ArticleSummary();
    int[] failures = {0};
    int[] done = {0};
    boolean single = batch.size() == 1;
    try (BatchAnalyzer analyzer = run.engine(readOptions).batch()) {
      analyzer.analyze(batch.iterator(), outcome -> {
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
    }
    if (!single || summary) {
      spec.commandLine().getErr().printf("newsgraph: %d input(s), %d analyzed, %d failed%s%n", batch.size(),
          done[0] - failures[0], failures[0], done[0] < batch.size()
              ? ", stopped at the first error (--fail-fast): " + (batch.size() - done[0]) + " not analyzed" : "");
    }
    return failures[0] == 0 ? 0 : 1;
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
