package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

class FacetCountTest {

  static ExampleStore store;

  @BeforeAll
  static void build() throws IOException {
    store = new ExampleStore();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  @Test
  void outletCountsAddUpToTheArticlesThatHaveOne() throws IOException {
    Map<Facet, List<FacetCount>> facets = store.reader().facets(ArticleQuery.matching(null),
        EnumSet.of(Facet.OUTLET), 10);
    assertThat(facets.get(Facet.OUTLET)).contains(new FacetCount("Fernhill Daily", 2),
        new FacetCount("Test Wire", 1));
    assertThat(facets.get(Facet.OUTLET).stream().mapToLong(FacetCount::count).sum())
        .isEqualTo(ExampleAnalyses.analyses().stream().filter(a -> a.article().outlet() != null).count());
  }

  @Test
  void timeBucketsAreListedOldestFirst() throws IOException {
    List<FacetCount> months = store.reader().facets(ArticleQuery.matching(null), EnumSet.of(Facet.MONTH), 1)
        .get(Facet.MONTH);
    assertThat(months).extracting(FacetCount::value).containsExactly("2024-02", "2024-03", "2024-05", "2024-06",
        "2024-10");
    assertThat(store.reader().facets(ArticleQuery.matching(null), EnumSet.of(Facet.WEEK), 1).get(Facet.WEEK))
        .extracting(FacetCount::value).contains("2024-W20", "2024-W23");
  }

  @Test
  void facetsCountOnlyTheHitsOfTheQuery() throws IOException {
    List<FacetCount> speakers = store.reader().facets(QuoteQuery.matching("ukraine"), EnumSet.of(Facet.SPEAKER),
        10).get(Facet.SPEAKER);
    assertThat(speakers).extracting(FacetCount::value).contains("Jens Stoltenberg").doesNotContain("Helen Park");
  }

  @Test
  void eventTypesAndCountriesAreCounted() throws IOException {
    var hits = store.reader().search(EventQuery.matching(null), Page.first(0, SortOrder.RELEVANCE),
        EnumSet.of(Facet.EVENT_TYPE, Facet.COUNTRY, Facet.ENTITY));
    assertThat(hits.hits()).isEmpty();
    assertThat(hits.facets().get(Facet.EVENT_TYPE)).contains(new FacetCount("ASSAULT", 1));
    assertThat(hits.facets().get(Facet.COUNTRY)).extracting(FacetCount::value).contains("RUS", "UKR", "DEU");
    assertThat(hits.facets().get(Facet.ENTITY)).extracting(FacetCount::value).contains("Olaf Scholz");
  }
}
