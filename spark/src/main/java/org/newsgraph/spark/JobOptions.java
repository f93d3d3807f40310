package org.newsgraph.spark;

import java.io.Serializable;
import java.time.Duration;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;

/**
 * What a job run is given besides its paths; small and serializable, since each task gets a copy.
 *
 * @param format the inputs' format, or null to sniff each file as {@code newsgraph analyze} does
 * @param maxBytes the largest document (for JSON Lines, the largest line)
 * @param timeout the time one document may take before it becomes a {@code TIMEOUT} error row
 * @param partitions how many tasks the analysis is spread over; 0 for four per core of the cluster
 */
public record JobOptions(InputFormat format, long maxBytes, Duration timeout, int partitions)
    implements Serializable {

  public JobOptions {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 or more, was " + partitions);
    }
    readOptions(format, maxBytes);
  }

  public static JobOptions defaults() {
    return new JobOptions(null, ReadOptions.DEFAULT_MAX_BYTES, Duration.ofSeconds(60), 0);
  }

  ReadOptions readOptions() {
    return readOptions(format, maxBytes);
  }

  private static ReadOptions readOptions(InputFormat format, long maxBytes) {
    return new ReadOptions(format, SourceMetadata.NONE, maxBytes, null);
  }
}
