package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.RejectedInputException.Reason;
import org.newsgraph.model.ErrorRecord;

/**
 * Runs a pipeline over many documents on a few threads and hands back one {@link Outcome} per input, in input
 * order. One bad document never stops the batch: whatever goes wrong with it becomes its error record.
 *
 * <p>Each document's time limit counts from when its analysis starts. When it passes, the document's outcome is a
 * {@code TIMEOUT} record at once and its work is told to stop: the pipeline checks a deadline between stages, and
 * the annotator checks the thread's interrupt between sentences and between its own steps. Work stuck inside one
 * step (a sentence, a stage) cannot be stopped, so its worker is abandoned and another takes its place: at most
 * {@code threads} abandoned workers at once, each ending (and freeing its document's memory) when the step it is
 * in returns. Past that bound, a stuck worker keeps its place until it ends, so the batch slows but never holds
 * more than twice its threads. The work limits ({@link WorkLimits}) keep every step short.
 */
public final class BatchAnalyzer implements AutoCloseable {

  private final Pipeline pipeline;
  private final BatchOptions options;
  private final ExecutorService workers;
  private final ScheduledExecutorService alarms;
  private final Semaphore places;
  private final Semaphore abandonable;
  private final AtomicInteger abandoned = new AtomicInteger();

  public BatchAnalyzer(Pipeline pipeline, BatchOptions options) {
    this.pipeline = pipeline;
    this.options = options;
    this.places = new Semaphore(options.threads());
    this.abandonable = new Semaphore(options.threads());
    this.workers = Executors.newFixedThreadPool(options.threads() * 2, daemon("newsgraph-worker"));
    this.alarms = Executors.newSingleThreadScheduledExecutor(daemon("newsgraph-timeout"));
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      // A worker abandoned on a stuck document must not keep the JVM alive once the batch is done.
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Analyzes each input as it comes and passes outcomes to {@code sink} in input order; an input that was rejected
   * when read passes through as its error record. With {@link BatchOptions#failFast()}, stops after the first
   * error record: later inputs are neither analyzed nor passed on.
   */
  public void analyze(Iterator<Ingested> inputs, Consumer<Outcome> sink) {
    // A window of two documents per worker keeps the workers busy without reading the whole batch into memory.
    Deque<Task> window = new ArrayDeque<>();
    int windowSize = options.threads() * 2;
    boolean stopped = false;
    while (!stopped && inputs.hasNext()) {
      window.add(start(inputs.next()));
      while (!stopped && !window.isEmpty() && (window.size() >= windowSize || window.peekFirst().isDone())) {
        stopped = deliver(window.removeFirst(), sink);
      }
    }
    while (!stopped && !window.isEmpty()) {
      stopped = deliver(window.removeFirst(), sink);
    }
    window.forEach(Task::abort);
  }

  /** How many workers were abandoned on documents that passed their time limit in a step that cannot stop. */
  public int abandonedWorkers() {
    return abandoned.get();
  }

  private boolean deliver(Task task, Consumer<Outcome> sink) {
    Outcome outcome = task.await();
    sink.accept(outcome);
    return options.failFast() && outcome.failed();
  }

  private Task start(Ingested input) {
    if (input instanceof Ingested.Rejected rejected) {
      return decided(new Outcome.Failed(rejected.name(), rejected.error()));
    }
    RawDocument raw = ((Ingested.Accepted) input).raw();
    try {
      places.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return decided(failure(raw.name(), Reason.ANALYSIS_FAILED, "interrupted before analysis"));
    }
    Task task = new Task(raw);
    workers.execute(task);
    return task;
  }

  /** A task whose outcome is known without analysis. */
  private Task decided(Outcome outcome) {
    Task task = new Task(null);
    task.result.complete(outcome);
    return task;
  }

  private Outcome analyzeOne(RawDocument raw, Deadline deadline) {
    try {
      return new Outcome.Analyzed(raw.name(), pipeline.analyze(raw, options.limits(), deadline));
    } catch (RejectedInputException e) {
      return failure(raw.name(), e.reason(), e.getMessage());
    } catch (Deadline.Passed e) {
      return timeout(raw.name());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(raw.name(), Reason.ANALYSIS_FAILED, "analysis failed: " + e);
    } catch (OutOfMemoryError e) {
      // The document's data is unreachable once this frame returns, so the heap recovers; the limits exist so
      // that this does not happen.
      return failure(raw.name(), Reason.ANALYSIS_FAILED, "analysis ran out of memory; lower --max-tokens or "
          + "--max-sentence-tokens, or give the JVM more heap");
    }
  }

  private Outcome timeout(String name) {
    return failure(name, Reason.TIMEOUT, "analysis took longer than the limit of "
        + options.timeout().toMillis() / 1000.0 + " s (raise it with --timeout)");
  }

  private static Outcome failure(String input, Reason reason, String message) {
    return new Outcome.Failed(input, ErrorRecord.of(input, reason.name(), message));
  }

  @Override
  public void close() {
    workers.shutdownNow();
    alarms.shutdownNow();
  }

  /** One document's analysis: runs on a worker, answers by its deadline whatever the worker is doing. */
  private final class Task implements Runnable {
    private final RawDocument raw;
    private final CompletableFuture<Outcome> result = new CompletableFuture<>();
    private final Deadline deadline;
    private Thread thread;
    private boolean finished;
    private boolean holdsPlace;
    private boolean wasAbandoned;

    Task(RawDocument raw) {
      this.raw = raw;
      this.deadline = new Deadline(options.timeout());
      this.holdsPlace = raw != null;
    }

    boolean isDone() {
      return result.isDone();
    }

    @Override
    public void run() {
      synchronized (this) {
        if (finished) {
          return;
        }
        thread = Thread.currentThread();
      }
      deadline.start();
      ScheduledFuture<?> alarm = alarms.schedule(this::expire, options.timeout().toNanos(), TimeUnit.NANOSECONDS);
      try {
        result.complete(analyzeOne(raw, deadline));
      } finally {
        alarm.cancel(false);
        end();
      }
    }

    /** At the deadline: the outcome is a timeout now, and the worker is told to stop or, if it cannot, left. */
    private synchronized void expire() {
      if (finished || !result.complete(timeout(raw.name()))) {
        return;
      }
      deadline.expire();
      thread.interrupt();
      if (abandonable.tryAcquire()) {
        wasAbandoned = true;
        abandoned.incrementAndGet();
        releasePlace();
      }
    }

    /** On fail-fast or close: the outcome will not be read, so the work stops as soon as it can. */
    synchronized void abort() {
      result.cancel(false);
      deadline.expire();
      if (thread != null) {
        thread.interrupt();
      } else if (!finished) {
        finished = true;
        releasePlace();
      }
    }

    private synchronized void end() {
      finished = true;
      thread = null;
      // An interrupt sent at the deadline must not reach the next document this worker takes.
      Thread.interrupted();
      if (wasAbandoned) {
        abandonable.release();
      } else {
        releasePlace();
      }
    }

    private void releasePlace() {
      if (holdsPlace) {
        holdsPlace = false;
        places.release();
      }
    }

    Outcome await() {
      try {
        return result.get();
      } catch (ExecutionException | CancellationException e) {
        return failure(raw.name(), Reason.ANALYSIS_FAILED, "analysis failed: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failure(raw.name(), Reason.ANALYSIS_FAILED, "interrupted");
      }
    }
  }
}
