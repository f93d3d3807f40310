package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store of the examples, opened for one test class and deleted with it. */
final class ExampleStore implements AutoCloseable {

  private final Path folder;
  private final StoreReader reader;

  ExampleStore() throws IOException {
    folder = Files.createTempDirectory("newsgraph-store-test");
    reader = StoreReader.open(ExampleAnalyses.store(folder));
  }

  StoreReader reader() {
    return reader;
  }

  /** The words of the article text at {@code start..end}. */
  String words(String article, int start, int end) throws IOException {
    String json = reader.analysis(article).orElseThrow();
    String text = new org.newsgraph.model.AnalysisJson().mapper().readTree(json).path("article").path("text")
        .asText();
    return text.substring(start, end);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
