package org.newsgraph.pipeline;

import java.time.Duration;

/**
 * How a batch runs: worker threads sharing one pipeline, and the time one document may take.
 *
 * @param timeout per document; a document over it becomes a {@code TIMEOUT} error record
 */
public record BatchOptions(int threads, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  public static BatchOptions defaults() {
    return new BatchOptions(1, DEFAULT_TIMEOUT);
  }
}
