package org.newsgraph.spark;

import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;

/**
 * The pipeline of this JVM, built on first use: each executor loads the models itself, so nothing heavy travels from
 * the driver, and the tasks of one executor share it (a pipeline is thread-safe).
 */
final class ExecutorPipeline {

  private ExecutorPipeline() {}

  static Pipeline get() {
    return Holder.PIPELINE;
  }

  /** Initialization-on-demand: the JVM runs this class's initializer once, on the first {@link #get()}. */
  private static final class Holder {
    static final Pipeline PIPELINE = StandardPipeline.build(new CoreNlpAnnotator(CoreNlpConfig.defaults()));
  }
}
