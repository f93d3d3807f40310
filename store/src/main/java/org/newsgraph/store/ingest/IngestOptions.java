package org.newsgraph.store.ingest;

import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param replace analyze again inputs the store already has, and replace what they gave
 * @param commitEvery commit after this many stored items at most
 * @param commitInterval commit after this much time at most (what a crash can lose)
 */
public record IngestOptions(boolean replace, int commitEvery, Duration commitInterval) {

  public IngestOptions {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(false, 500, Duration.ofSeconds(10));
  }

  public IngestOptions withReplace(boolean newReplace) {
    return new IngestOptions(newReplace, commitEvery, commitInterval);
  }

  public IngestOptions withCommitEvery(int newCommitEvery) {
    return new IngestOptions(replace, newCommitEvery, commitInterval);
  }
}
