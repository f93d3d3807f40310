package org.newsgraph.store.ingest;

import org.newsgraph.pipeline.Outcome;

/** Told how an ingest goes, for progress displays; called on the ingest's thread. */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  /** Before the first item: how many items are about to be read (an estimate for JSON Lines). */
  default void started(long items, long sourcesAlreadyDone) {}

  /** After each item is stored (as an analysis or an error record); {@code outcome} is null for a loaded analysis. */
  default void stored(Outcome outcome, IngestSummary sofar) {}

  /** After each commit. */
  default void committed(IngestSummary sofar) {}
}
