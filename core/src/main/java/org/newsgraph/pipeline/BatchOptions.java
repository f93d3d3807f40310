package org.newsgraph.pipeline;

import java.time.Duration;

/**
 * How a batch runs: worker threads sharing one pipeline, the time one document may take, the work it may ask of
 * the annotator, and whether the batch stops at its first error.
 *
 * @param threads documents analyzed at once
 * @param timeout per document, counted from when its analysis starts; a document over it becomes a {@code TIMEOUT}
 *     error record and never holds up the others
 * @param limits bounds on each document's cleaned text, checked before annotation
 * @param failFast whether the batch stops after the first error record
 */
public record BatchOptions(int threads, Duration timeout, WorkLimits limits, boolean failFast) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    limits = limits == null ? WorkLimits.DEFAULTS : limits;
  }

  /** The given threads and timeout, the default limits, and a batch that goes on past errors. */
  public BatchOptions(int threads, Duration timeout) {
    this(threads, timeout, WorkLimits.DEFAULTS, false);
  }

  /** One thread per core, a minute per document, the default limits. */
  public static BatchOptions defaults() {
    return new BatchOptions(defaultThreads(), DEFAULT_TIMEOUT);
  }

  /** The number of cores the JVM may use. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public BatchOptions withLimits(WorkLimits newLimits) {
    return new BatchOptions(threads, timeout, newLimits, failFast);
  }

  public BatchOptions withFailFast(boolean on) {
    return new BatchOptions(threads, timeout, limits, on);
  }
}
