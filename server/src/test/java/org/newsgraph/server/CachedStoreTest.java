package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.web.AnalysisParser;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteHit;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

class CachedStoreTest {

  private static StoreReader reader;

  @BeforeAll
  static void open() throws IOException {
    reader = StoreReader.open(TestCorpus.store());
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @Test
  void anAnswerAskedAgainIsTheKeptOne() throws IOException {
    CachedStore store = new CachedStore(reader, new AnalysisParser(), 10);
    QuoteQuery query = QuoteQuery.bySpeaker("Helen Park");
    assertThat(store.search(query, Page.first(5, SortOrder.DATE), Set.of()))
        .isSameAs(store.search(query, Page.first(5, SortOrder.DATE), Set.of()));
  }

  @Test
  void aPageWithFacetsIsKeptWholeApartFromThePageWithout() throws IOException {
    CachedStore store = new CachedStore(reader, new AnalysisParser(), 10);
    QuoteQuery query = QuoteQuery.bySpeaker("Helen Park");
    Hits<QuoteHit> counted = store.search(query, Page.first(5, SortOrder.DATE), Set.of(Facet.OUTLET));

    assertThat(counted.facets()).containsKey(Facet.OUTLET);
    assertThat(store.search(query, Page.first(5, SortOrder.DATE), Set.of(Facet.OUTLET))).isSameAs(counted);
    assertThat(store.search(query, Page.first(5, SortOrder.DATE), Set.of()).facets()).isEmpty();
  }

  @Test
  void aPageOfHitsWeighsByItsLength() {
    QuoteHit hit = new QuoteHit("a1", "q1", "Helen Park", null, "said", "direct", "We will stay open.", 0, 18,
        "The Coastal Ledger", "2024-03-04");
    assertThat(CachedStore.weight(new Hits<>(1, List.of(hit), null, Map.of()))).isEqualTo(1);
    assertThat(CachedStore.weight(new Hits<>(200, Collections.nCopies(200, hit), null, Map.of()))).isEqualTo(11);
  }

  @Test
  void withoutCapacityNothingIsKept() throws IOException {
    CachedStore store = new CachedStore(reader, new AnalysisParser(), 0);
    QuoteQuery query = QuoteQuery.bySpeaker("Helen Park");
    assertThat(store.search(query, Page.first(5, SortOrder.DATE), Set.of()))
        .isNotSameAs(store.search(query, Page.first(5, SortOrder.DATE), Set.of()));
  }
}
