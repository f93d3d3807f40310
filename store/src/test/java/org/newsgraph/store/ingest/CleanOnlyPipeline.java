package org.newsgraph.store.ingest;

import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.pipeline.Pipeline;

/**
 * A pipeline that only cleans: real articles with their content hashes in milliseconds, for tests of the store's
 * bookkeeping that need thousands of inputs (what the analysis finds does not matter to them).
 */
final class CleanOnlyPipeline {

  private CleanOnlyPipeline() {}

  static Pipeline build() {
    return Pipeline.builder(new ArticleCleaner()).build();
  }
}
