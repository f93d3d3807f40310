package org.newsgraph.server;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

/** Ids from the store that the API document gives as examples, so that "try it out" answers with real data. */
record Examples(String article, String entity) {

  static Examples of(StoreReader store) throws IOException {
    ArticleQuery all = ArticleQuery.matching(null);
    List<ArticleHit> newest = store.search(all, Page.first(1, SortOrder.DATE), Set.of()).hits();
    List<FacetCount> entities = store.facets(all, Set.of(Facet.ENTITY), 1).getOrDefault(Facet.ENTITY, List.of());
    return new Examples(newest.isEmpty() ? "0000000000000000" : newest.get(0).id(),
        entities.isEmpty() ? "RUS" : entities.get(0).value());
  }
}
