package org.newsgraph.pipeline;

import java.time.Duration;

/**
 * One document's time limit, counted from {@link #start()}: checked between stages (as the stage listener), it
 * stops the analysis by throwing {@link Passed}. Written by the batch's alarm thread, read by the worker.
 */
final class Deadline implements StageListener {

  /** Thrown between stages once the deadline has passed; the batch turns it into a {@code TIMEOUT} record. */
  static final class Passed extends RuntimeException {
    Passed(String stage) {
      super("time limit passed after stage " + stage, null, false, false);
    }
  }

  private final long limitNanos;
  private volatile long startedNanos;
  private volatile boolean expired;

  Deadline(Duration limit) {
    this.limitNanos = limit.toNanos();
  }

  void start() {
    startedNanos = System.nanoTime();
  }

  void expire() {
    expired = true;
  }

  boolean passed() {
    return expired || System.nanoTime() - startedNanos > limitNanos;
  }

  @Override
  public void stageDone(String stage, long nanos) {
    if (passed()) {
      throw new Passed(stage);
    }
  }
}
