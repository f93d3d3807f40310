package org.newsgraph.store.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.store.StoreWriter;

/** Ingests one file into a store in a JVM of its own, saying "commit N" after each commit, to be killed mid-run. */
public final class IngestChild {

  private IngestChild() {}

  /** Arguments: store folder, input file, items per commit. */
  public static void main(String[] args) throws Exception {
    IngestOptions options = new IngestOptions(false, Integer.parseInt(args[2]), Duration.ofMinutes(10));
    StoreIngest ingest = new StoreIngest(CleanOnlyPipeline::build, new BatchOptions(2, Duration.ofSeconds(60)),
        ReadOptions.defaults(), options);
    try (StoreWriter writer = StoreWriter.open(Path.of(args[0]), "test")) {
      ingest.run(List.of(InputSource.of(List.of(args[1])).get(0)), writer, new IngestListener() {
        @Override
        public void committed(IngestSummary sofar) {
          System.out.println("commit " + sofar.commits() + " " + sofar.items());
          System.out.flush();
        }
      });
    }
    System.out.println("finished");
  }
}
