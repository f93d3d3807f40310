package org.newsgraph.server.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.store.StoreReader;

/** The analyses of the articles one page shows, each read from the store once per request. */
final class StoredAnalyses {

  private final StoreReader store;
  private final AnalysisParser parser;
  private final Map<String, Optional<Analysis>> read = new HashMap<>();

  StoredAnalyses(StoreReader store, AnalysisParser parser) {
    this.store = store;
    this.parser = parser;
  }

  Optional<Analysis> of(String articleId) throws IOException {
    Optional<Analysis> known = read.get(articleId);
    if (known == null) {
      known = store.analysis(articleId).map(parser::parse);
      read.put(articleId, known);
    }
    return known;
  }
}
