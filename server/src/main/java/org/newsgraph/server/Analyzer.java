package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.pipeline.Pipeline;

/**
 * Analyzes one posted document with the shared pipeline, on the batch analyzer's workers so that the time limit and
 * the error records are the same as the CLI's. The pipeline is built on first use: its models are heavy.
 */
public final class Analyzer implements AutoCloseable {

  private final Supplier<Pipeline> pipeline;
  private final BatchOptions batchOptions;
  private final long maxBytes;
  private final DocumentReader reader = new DocumentReader();
  private BatchAnalyzer batch;

  public Analyzer(Supplier<Pipeline> pipeline, int threads, Duration timeout, long maxBytes) {
    this.pipeline = pipeline;
    this.batchOptions = new BatchOptions(threads, timeout);
    this.maxBytes = maxBytes;
  }

  /**
   * The outcome of analyzing {@code body}.
   *
   * @param format null to sniff it
   * @throws ApiException when the body holds more than one document
   */
  public Outcome analyze(byte[] body, String name, InputFormat format, SourceMetadata metadata) {
    ReadOptions options = new ReadOptions(format, metadata, maxBytes, null);
    List<Ingested> items = new ArrayList<>(reader.read(new ByteArrayInputStream(body), name, options));
    if (items.size() != 1) {
      throw ApiException.badRequest("the body must hold one document, it holds " + items.size()
          + " (to analyze many, use 'newsgraph ingest')");
    }
    if (items.get(0) instanceof Ingested.Rejected rejected) {
      return new Outcome.Failed(rejected.name(), rejected.error());
    }
    Outcome[] outcome = new Outcome[1];
    batch().analyze(items.iterator(), result -> outcome[0] = result);
    return outcome[0];
  }

  private synchronized BatchAnalyzer batch() {
    if (batch == null) {
      batch = new BatchAnalyzer(pipeline.get(), batchOptions);
    }
    return batch;
  }

  @Override
  public synchronized void close() {
    if (batch != null) {
      batch.close();
    }
  }
}
