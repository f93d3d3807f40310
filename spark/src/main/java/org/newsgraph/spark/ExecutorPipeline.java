package org.newsgraph.spark;

import org.newsgraph.Newsgraph;

/**
 * The engine of this JVM, built on first use: each executor loads the models itself, so nothing heavy travels from
 * the driver, and the tasks of one executor share it (the engine is thread-safe).
 */
final class ExecutorPipeline {

  private ExecutorPipeline() {}

  static Newsgraph get() {
    return Holder.ENGINE;
  }

  /** Initialization-on-demand: the JVM runs this class's initializer once, on the first {@link #get()}. */
  private static final class Holder {
    static final Newsgraph ENGINE = Newsgraph.builder().build();
  }
}
