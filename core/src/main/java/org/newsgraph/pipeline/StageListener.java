package org.newsgraph.pipeline;

/** Told how long each stage took on each document; for benchmarks and logs. */
@FunctionalInterface
public interface StageListener {

  StageListener NONE = (stage, nanos) -> {};

  void stageDone(String stage, long nanos);
}
