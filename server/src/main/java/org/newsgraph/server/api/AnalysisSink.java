package org.newsgraph.server.api;

import org.newsgraph.model.Analysis;

/** Where an analysis posted with {@code store=true} goes. */
@FunctionalInterface
public interface AnalysisSink {

  void store(Analysis analysis);
}
