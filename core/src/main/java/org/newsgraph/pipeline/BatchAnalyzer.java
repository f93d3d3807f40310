package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.RejectedInputException.Reason;
import org.newsgraph.model.ErrorRecord;

/**
 * Runs a pipeline over many documents on a few threads and hands back one {@link Outcome} per input, in input
 * order. One bad document never stops the batch: whatever goes wrong with it becomes its error record.
 */
public final class BatchAnalyzer implements AutoCloseable {

  private final Pipeline pipeline;
  private final BatchOptions options;
  private final ExecutorService workers;

  public BatchAnalyzer(Pipeline pipeline, BatchOptions options) {
    this.pipeline = pipeline;
    this.options = options;
    this.workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
      Thread thread = new Thread(runnable, "newsgraph-worker");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Analyzes each input as it comes and passes outcomes to {@code sink} in input order; an input that was rejected
   * when read passes through as its error record.
   */
  public void analyze(Iterator<Ingested> inputs, Consumer<Outcome> sink) {
    // A window of two documents per worker keeps the workers busy without reading the whole batch into memory.
    Deque<Pending> window = new ArrayDeque<>();
    int windowSize = options.threads() * 2;
    while (inputs.hasNext()) {
      window.add(submit(inputs.next()));
      if (window.size() >= windowSize) {
        sink.accept(window.removeFirst().await());
      }
    }
    while (!window.isEmpty()) {
      sink.accept(window.removeFirst().await());
    }
  }

  private Pending submit(Ingested input) {
    if (input instanceof Ingested.Rejected rejected) {
      return new Pending(new Outcome.Failed(rejected.name(), rejected.error()), null, null);
    }
    RawDocument raw = ((Ingested.Accepted) input).raw();
    return new Pending(null, raw.name(), workers.submit(() -> analyzeOne(raw)));
  }

  private Outcome analyzeOne(RawDocument raw) {
    try {
      return new Outcome.Analyzed(raw.name(), pipeline.analyze(raw));
    } catch (RejectedInputException e) {
      return failure(raw.name(), e.reason(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(raw.name(), Reason.ANALYSIS_FAILED, "analysis failed: " + e);
    }
  }

  private static Outcome failure(String input, Reason reason, String message) {
    return new Outcome.Failed(input, ErrorRecord.of(input, reason.name(), message));
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private final class Pending {
    private final Outcome decided;
    private final String name;
    private final Future<Outcome> future;

    Pending(Outcome decided, String name, Future<Outcome> future) {
      this.decided = decided;
      this.name = name;
      this.future = future;
    }

    Outcome await() {
      if (decided != null) {
        return decided;
      }
      try {
        return future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // CoreNLP checks the interrupt flag between annotators, so the worker is freed soon after.
        future.cancel(true);
        return failure(name, Reason.TIMEOUT, "analysis took longer than the limit of "
            + options.timeout().toSeconds() + " s (raise it with --timeout)");
      } catch (ExecutionException e) {
        return failure(name, Reason.ANALYSIS_FAILED, "analysis failed: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failure(name, Reason.ANALYSIS_FAILED, "interrupted");
      }
    }
  }
}
