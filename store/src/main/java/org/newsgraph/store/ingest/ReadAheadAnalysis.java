package org.newsgraph.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.pipeline.Pipeline;

/**
 * Analyzes the items a reader thread queues while the calling thread stores each outcome, in input order.
 */
final class ReadAheadAnalysis {

  /** What the calling thread does with one outcome. */
  interface Step {
    void store(Outcome outcome) throws IOException;
  }

  private ReadAheadAnalysis() {
  }

  /**
   * Starts {@code reader} on its own daemon thread, feeds {@code items} (which the reader fills) to a batch
   * analyzer, and hands each outcome to {@code step}; the reader is interrupted when analysis ends, however it ends.
   */
  static void run(String readerName, Runnable reader, Iterator<Ingested> items, Pipeline pipeline,
      BatchOptions batch, Step step) throws IOException {
    Thread producer = new Thread(reader, readerName);
    producer.setDaemon(true);
    producer.start();
    try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, batch)) {
      analyzer.analyze(items, outcome -> {
        try {
          step.store(outcome);
        } catch (IOException e) {
          // The analyzer's callback cannot throw a checked exception; unwrapped below.
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      producer.interrupt();
    }
  }
}
