package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.Newsgraph;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.ingest.AnalysisLoader;
import org.newsgraph.store.ingest.IngestListener;
import org.newsgraph.store.ingest.IngestOptions;
import org.newsgraph.store.ingest.IngestSummary;
import org.newsgraph.store.ingest.InputSource;
import org.newsgraph.store.ingest.StoreIngest;
import org.newsgraph.store.ingest.StoreReanalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest}: analyzes inputs into a store, resumably. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze inputs into a store (an embedded Lucene index in a folder) for search and counts.",
        "Every input ends in the store as an analysis or an error record. An article is stored under its content "
            + "hash, so ingesting the same input twice adds nothing; the store records which inputs are done in "
            + "each commit, so after a crash (even kill -9) the same command finishes the rest.",
        "Exit code: 0 when every input was analyzed, 1 when any gave an error record, 2 on bad usage."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files, folders (read recursively), JSON Lines files; '-' reads standard input. None with "
          + "--replace: the articles the store holds.")
  private List<String> inputs = List.of();

  @Option(names = "--store", paramLabel = "DIR", description = "The store folder (default: ./newsgraph-store).")
  private Path store = StoreWriter.DEFAULT_DIR;

  @Option(names = "--replace",
      description = "Analyze again inputs the store already has and replace what they gave (after an engine "
          + "upgrade); with no inputs, analyze again from its stored text every article an older engine analyzed.")
  private boolean replace;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500",
      description = "Commit at least every N inputs (default: ${DEFAULT-VALUE}); a commit is also made every "
          + "10 s. A crash loses at most what came after the last commit, and a rerun redoes just that.")
  private int commitEvery;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Force the input format instead of sniffing it: ${COMPLETION-CANDIDATES}.")
  private InputFormat format;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (ISO-8601) to use instead of the one found in the input.")
  private String published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet name to use instead of the one found.")
  private String outlet;

  @Option(names = "--analyses",
      description = "The inputs are analyses already computed (what newsgraph analyze writes, JSON or JSON Lines): "
          + "store them as they are, with no analysis.")
  private boolean analyses;

  @Option(names = "--no-progress", description = "Print no progress bar, even on a terminal.")
  private boolean noProgress;

  @Mixin
  private final RunOptions run = new RunOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty() && !replace) {
      err.println("newsgraph ingest: give the inputs to ingest (or --replace alone to analyze the store again)");
      return 2;
    }
    if (inputs.isEmpty() && analyses) {
      err.println("newsgraph ingest: --analyses needs the files of analyses to store");
      return 2;
    }
    List<InputSource> sources = InputSource.of(inputs);
    IngestOptions options = new IngestOptions(replace, commitEvery, Duration.ofSeconds(10));
    boolean bar = !noProgress && System.console() != null;
    IngestSummary summary;
    try (StoreWriter writer = StoreWriter.open(store, Newsgraph.version());
        IngestProgress progress = bar ? new IngestProgress() : null) {
      IngestListener listener = progress == null ? IngestListener.NONE : progress;
      if (inputs.isEmpty()) {
        ReadOptions reading = run.readOptions(format, SourceMetadata.NONE);
        summary = new StoreReanalysis(() -> run.engine(reading).pipeline(), run.batchOptions(), options)
            .run(writer, listener);
      } else if (analyses) {
        summary = new AnalysisLoader(options, run.batchOptions().threads()).run(sources, writer,
            listener);
      } else {
        ReadOptions reading = run.readOptions(format, new SourceMetadata(null, null, outlet, published));
        StoreIngest ingest = new StoreIngest(() -> run.engine(reading).pipeline(), run.batchOptions(), reading,
            options);
        summary = ingest.run(sources, writer, listener);
      }
    }
    err.printf("newsgraph: %d input(s) read into %s: %d stored, %d already there, %d error record(s)%s%n",
        summary.items(), store, summary.stored(), summary.alreadyStored(), summary.errors(),
        summary.sourcesSkipped() == 0 ? "" : "; " + summary.sourcesSkipped() + " source(s) done before, skipped");
    if (summary.errors() > 0) {
      err.printf("newsgraph: list them with: newsgraph search --store %s --type error%n", store);
    }
    return summary.errors() == 0 ? 0 : 1;
  }
}
