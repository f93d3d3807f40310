package org.newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.Newsgraph;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.server.web.AnalysisParser;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;
import org.newsgraph.store.ingest.IngestListener;
import org.newsgraph.store.ingest.IngestOptions;
import org.newsgraph.store.ingest.InputSource;
import org.newsgraph.store.ingest.StoreIngest;

/**
 * The pipeline and a store built from the bundled examples and two precomputed analyses, made once per test JVM: CoreNLP takes half a minute to
 * load, so the server's test classes share them.
 */
public final class TestCorpus {

  /**
   * The id of a copy of the library story stored as a precomputed analysis may be: a feed's own id, with
   * slashes, rather than a content hash.
   */
  public static final String PATH_LIKE_ID = "coastal-ledger/2024/03/library-hours";

  private static Pipeline pipeline;
  private static Path store;

  private TestCorpus() {}

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = StandardPipeline.build(new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    }
    return pipeline;
  }

  /** A store holding the analyses of {@code examples/}, as {@code newsgraph ingest} writes it. */
  public static synchronized Path store() {
    if (store == null) {
      try {
        Path folder = Files.createTempDirectory("newsgraph-test-store");
        try (StoreWriter writer = StoreWriter.open(folder, Newsgraph.version())) {
          new StoreIngest(TestCorpus::pipeline, new BatchOptions(2, Duration.ofSeconds(120)), ReadOptions.DEFAULTS,
              IngestOptions.defaults()).run(InputSource.of(List.of("../examples")), writer, IngestListener.NONE);
          writer.commit();
        }
        storePrecomputed(folder);
        store = folder;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return store;
  }

  /** Adds what a precomputed feed could bring: a copy of an article under a path-like id, and the dispatch. */
  private static void storePrecomputed(Path folder) throws IOException {
    String json;
    try (StoreReader reader = StoreReader.open(folder)) {
      String library = reader.search(new ArticleQuery("midnight", null, null, null, null, null, null),
          new Page(1, SortOrder.RELEVANCE, null), Set.of()).hits().get(0).id();
      json = reader.analysis(library).orElseThrow();
    }
    ObjectNode analysis = (ObjectNode) new ObjectMapper().readTree(json);
    ((ObjectNode) analysis.get("article")).put("id", PATH_LIKE_ID);
    try (StoreWriter writer = StoreWriter.open(folder, Newsgraph.version())) {
      writer.put(new AnalysisParser().parse(analysis.toString()), "coastal-ledger.jsonl#1", true);
      writer.put(Dispatch.analysis(), "dispatches.jsonl#1", true);
      writer.commit();
    }
  }
}
