package org.newsgraph.cli;

import java.nio.charset.Charset;
import java.time.Duration;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.pipeline.BatchOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline: limits, threads and charset. */
final class RunOptions {

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Worker threads sharing one pipeline (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time one document may take before it becomes a TIMEOUT error record (default: "
          + "${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
      description = "Largest input accepted; larger ones become TOO_LARGE error records (default: "
          + "${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Decode inputs with this charset instead of detecting it (default: BOM, declared charset, "
          + "else strict UTF-8).")
  Charset charset;

  ReadOptions readOptions(InputFormat format, SourceMetadata overrides) {
    return new ReadOptions(format, overrides, maxBytes, charset);
  }

  BatchOptions batchOptions() {
    return new BatchOptions(threads, Duration.ofSeconds(timeoutSeconds));
  }

  /** The engine with newsgraph's defaults, reading and running batches as these options say. */
  Newsgraph engine(ReadOptions reading) {
    return Newsgraph.builder().reading(reading).batches(batchOptions()).build();
  }
}
