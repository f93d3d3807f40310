package org.newsgraph.server.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.server.CachedStore;

/** The analyses of the articles one page shows, each read from the store once per request. */
final class StoredAnalyses {

  private final CachedStore store;
  private final Map<String, Optional<Analysis>> read = new HashMap<>();

  StoredAnalyses(CachedStore store) {
    this.store = store;
  }

  Optional<Analysis> of(String articleId) throws IOException {
    Optional<Analysis> known = read.get(articleId);
    if (known == null) {
      known = store.analysis(articleId);
      read.put(articleId, known);
    }
    return known;
  }
}
