package org.newsgraph.spark;

import java.io.Serializable;
import java.time.Duration;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.WorkLimits;

/**
 * What a job run is given besides its paths; small and serializable, since each task gets a copy. The limits are
 * the core's ({@link ReadOptions}, {@link WorkLimits}), kept here as plain values.
 *
 * @param format the inputs' format, or null to sniff each file as {@code newsgraph analyze} does
 * @param maxBytes the largest document (for JSON Lines, the largest line)
 * @param timeout the time one document may take before it becomes a {@code TIMEOUT} error row
 * @param maxTokens see {@link WorkLimits#maxTokens()}
 * @param maxSentenceTokens see {@link WorkLimits#maxSentenceTokens()}
 * @param maxHtmlElements see {@link WorkLimits#maxHtmlElements()}
 * @param truncate whether a document over a token limit is cut and flagged rather than rejected
 * @param partitions how many tasks the analysis is spread over; 0 for four per core of the cluster
 */
public record JobOptions(InputFormat format, long maxBytes, Duration timeout, int maxTokens, int maxSentenceTokens,
    int maxHtmlElements, boolean truncate, int partitions) implements Serializable {

  public JobOptions {
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 or more, was " + partitions);
    }
    // Fail on the driver, naming the bad value, rather than in every task.
    readOptions(format, maxBytes);
    batchOptions(1, timeout, new WorkLimits(maxTokens, maxSentenceTokens, maxHtmlElements, truncate));
  }

  public static JobOptions defaults() {
    WorkLimits limits = WorkLimits.DEFAULTS;
    return new JobOptions(null, ReadOptions.DEFAULT_MAX_BYTES, BatchOptions.DEFAULT_TIMEOUT, limits.maxTokens(),
        limits.maxSentenceTokens(), limits.maxHtmlElements(), limits.truncate(), 0);
  }

  /** These options with another time limit per document. */
  public JobOptions withTimeout(Duration newTimeout) {
    return new JobOptions(format, maxBytes, newTimeout, maxTokens, maxSentenceTokens, maxHtmlElements, truncate,
        partitions);
  }

  /** These options spread over {@code n} analysis tasks. */
  public JobOptions withPartitions(int n) {
    return new JobOptions(format, maxBytes, timeout, maxTokens, maxSentenceTokens, maxHtmlElements, truncate, n);
  }

  ReadOptions readOptions() {
    return readOptions(format, maxBytes);
  }

  /** How one task's batch runs: on {@code threads} workers, never stopping at an error. */
  BatchOptions batchOptions(int threads) {
    return batchOptions(threads, timeout, new WorkLimits(maxTokens, maxSentenceTokens, maxHtmlElements, truncate));
  }

  private static ReadOptions readOptions(InputFormat format, long maxBytes) {
    return new ReadOptions(format, SourceMetadata.NONE, maxBytes, null);
  }

  private static BatchOptions batchOptions(int threads, Duration timeout, WorkLimits limits) {
    return new BatchOptions(threads, timeout, limits, false);
  }
}
