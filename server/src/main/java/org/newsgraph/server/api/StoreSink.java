package org.newsgraph.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.newsgraph.model.Analysis;
import org.newsgraph.Newsgraph;
import org.newsgraph.server.ApiException;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;

/**
 * Stores posted analyses. The store's write lock is taken for each write and given back at once, so that a
 * {@code newsgraph ingest} can write the same store while the server runs.
 */
public final class StoreSink implements AnalysisSink {

  private final Path folder;
  private final StoreReader reader;

  public StoreSink(Path folder, StoreReader reader) {
    this.folder = folder;
    this.reader = reader;
  }

  @Override
  public synchronized void store(Analysis analysis) {
    try (StoreWriter writer = StoreWriter.open(folder, Newsgraph.version())) {
      String input = analysis.article().url() != null ? analysis.article().url() : "api:" + analysis.article().id();
      writer.put(analysis, input, true);
      writer.commit();
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("being written by another process")) {
        throw new ApiException(503, "STORE_BUSY", "the store is being written by another process; try again");
      }
      throw new UncheckedIOException(e);
    }
    try {
      reader.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
