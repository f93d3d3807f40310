package org.newsgraph.cli;

import java.nio.charset.Charset;
import java.time.Duration;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.WorkLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that run the pipeline: limits, threads and charset. */
final class RunOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads sharing one pipeline (default: the number of cores).")
  int threads = BatchOptions.defaultThreads();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time one document may take, counted from when its analysis starts, before it becomes a "
          + "TIMEOUT error record; a stuck document never holds up the others (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
      description = "Largest input (for JSON Lines, line) accepted, counted after gzip is unpacked; larger ones "
          + "become TOO_LARGE error records (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "" + WorkLimits.DEFAULT_MAX_TOKENS,
      description = "Most tokens (words and punctuation) one cleaned article may have; over it, TOO_LARGE or, "
          + "with --truncate, the article is cut (default: ${DEFAULT-VALUE}).")
  int maxTokens;

  @Option(names = "--max-sentence-tokens", paramLabel = "N",
      defaultValue = "" + WorkLimits.DEFAULT_MAX_SENTENCE_TOKENS,
      description = "Most tokens one sentence may have (a text without sentence ends is one sentence); over it, "
          + "TOO_LARGE or, with --truncate, the article is cut before it (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(names = "--max-html-elements", paramLabel = "N", defaultValue = "" + WorkLimits.DEFAULT_MAX_HTML_ELEMENTS,
      description = "Most elements an HTML page may have; larger pages become TOO_LARGE error records before "
          + "they are cleaned (default: ${DEFAULT-VALUE}).")
  int maxHtmlElements;

  @Option(names = "--truncate",
      description = "Analyze an article over --max-tokens or --max-sentence-tokens up to its last whole sentence "
          + "within the limit, flagged \"truncated\" in the analysis, instead of giving a TOO_LARGE error record.")
  boolean truncate;

  @Option(names = "--fail-fast", description = "Stop the batch at the first error record (exit code 1).")
  boolean failFast;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Decode inputs with this charset instead of detecting it (default: BOM, declared charset, "
          + "else strict UTF-8).")
  Charset charset;

  /** How to read inputs; checks every run option first, so that bad usage stops before the models load. */
  ReadOptions readOptions(InputFormat format, SourceMetadata overrides) {
    batchOptions();
    positive("--max-bytes", maxBytes);
    return new ReadOptions(format, overrides, maxBytes, charset);
  }

  /** The batch these options describe; a value out of range is bad usage (exit code 2), named by its option. */
  BatchOptions batchOptions() {
    positive("--threads", threads);
    positive("--timeout", timeoutSeconds);
    positive("--max-tokens", maxTokens);
    positive("--max-sentence-tokens", maxSentenceTokens);
    positive("--max-html-elements", maxHtmlElements);
    return new BatchOptions(threads, Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))),
        new WorkLimits(maxTokens, maxSentenceTokens, maxHtmlElements, truncate), failFast);
  }

  private void positive(String option, double value) {
    if (!(value > 0)) {
      throw new ParameterException(command.commandLine(), option + " must be positive, was " + value);
    }
  }

  /** The engine with newsgraph's defaults, reading and running batches as these options say. */
  Newsgraph engine(ReadOptions reading) {
    return Newsgraph.builder().reading(reading).batches(batchOptions()).build();
  }
}
