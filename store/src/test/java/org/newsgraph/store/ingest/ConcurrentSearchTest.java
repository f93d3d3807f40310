package org.newsgraph.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

class ConcurrentSearchTest {

  private static final int ARTICLES = 2000;
  private static final int PER_COMMIT = 100;

  @TempDir
  Path folder;

  @Test
  void searchersSeeWholeCommitsWhileAnIngestWrites() throws Exception {
    Pipeline pipeline = CleanOnlyPipeline.build();
    List<Analysis> analyses = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      analyses.add(pipeline.analyze(new RawDocument("a" + i, "Harbor pilots in Port " + i
          + " said on Monday that the channel would reopen.", org.newsgraph.ingest.InputFormat.TEXT,
          new SourceMetadata(null, null, "Wire " + (i % 3), "2024-04-" + (10 + i % 9)))));
    }
    try (StoreWriter writer = StoreWriter.open(folder, "test")) {
      writer.commit();
      ExecutorService threads = Executors.newFixedThreadPool(3);
      AtomicBoolean writing = new AtomicBoolean(true);
      try (StoreReader reader = StoreReader.open(folder)) {
        List<Future<List<Long>>> searchers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
          searchers.add(threads.submit(() -> {
            List<Long> seen = new ArrayList<>();
            while (writing.get()) {
              reader.refresh();
              var hits = reader.search(ArticleQuery.matching("harbor channel"), Page.first(5, SortOrder.DATE),
                  EnumSet.of(Facet.OUTLET));
              seen.add(hits.total());
            }
            return seen;
          }));
        }
        for (int i = 0; i < ARTICLES; i++) {
          writer.put(analyses.get(i), "a" + i, false);
          if ((i + 1) % PER_COMMIT == 0) {
            writer.commit();
          }
        }
        writing.set(false);
        for (Future<List<Long>> searcher : searchers) {
          List<Long> seen = searcher.get();
          assertThat(seen).isNotEmpty().isSorted().allSatisfy(total -> assertThat(total % PER_COMMIT).isZero());
        }
        reader.refresh();
        assertThat(reader.count(ArticleQuery.matching(null))).isEqualTo(ARTICLES);
      } finally {
        threads.shutdownNow();
      }
    }
  }
}
