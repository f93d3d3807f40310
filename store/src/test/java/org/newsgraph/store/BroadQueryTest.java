package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.store.format.HitFormat;
import org.newsgraph.store.format.HitWriter;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

/** Queries matching more records than {@link Hits#EXACT_TOTAL_UP_TO}: totals, pages and facets. */
class BroadQueryTest {

  private static final int ARTICLES = Hits.EXACT_TOTAL_UP_TO + 150;
  private static final ArticleQuery WIRE = new ArticleQuery(null, null, "Test Wire", null, null, null, null);

  static Path folder;
  static StoreReader reader;

  /** The summit article stored under many ids, a day apart, so that one outlet has more than a thousand. */
  @BeforeAll
  static void build() throws IOException {
    folder = Files.createTempDirectory("newsgraph-broad-test");
    Analysis summit = ExampleAnalyses.analyses().stream()
        .filter(a -> "Test Wire".equals(a.article().outlet())).findFirst().orElseThrow();
    try (StoreWriter writer = StoreWriter.open(folder, "test", false)) {
      for (int i = 0; i < ARTICLES; i++) {
        Article a = summit.article();
        Article copy = new Article(Article.contentId(a.id() + "/" + i), a.url(), a.title(), a.outlet(),
            a.authors(), LocalDate.of(2020, 1, 1).plusDays(i % 700).toString(), a.language(), a.text(),
            a.repostedBy(), a.removed());
        writer.put(new Analysis(summit.schema(), summit.input(), summit.truncated(), copy, summit.entities(),
            summit.quotes(), summit.times(), summit.figures(), summit.events(), summit.places(), summit.focus(),
            summit.framing(), summit.tone()), "copy#" + i, false);
      }
      writer.commit();
    }
    reader = StoreReader.open(folder);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  void aPageOfABroadQueryGivesALowerBoundOfItsTotal() throws IOException {
    Hits<ArticleHit> page = reader.search(WIRE, Page.first(20, SortOrder.RELEVANCE), Set.of());

    assertThat(page.totalExact()).isFalse();
    assertThat(page.totalRelation()).isEqualTo("gte");
    assertThat(page.total()).isBetween((long) Hits.EXACT_TOTAL_UP_TO, (long) ARTICLES);
    assertThat(reader.count(WIRE)).isEqualTo(ARTICLES);
  }

  @Test
  void aPageWithFacetsCountsEveryHitExactly() throws IOException {
    Hits<ArticleHit> page = reader.search(WIRE, Page.first(20, SortOrder.DATE), EnumSet.of(Facet.OUTLET));

    assertThat(page.totalExact()).isTrue();
    assertThat(page.total()).isEqualTo(ARTICLES);
    assertThat(page.facets().get(Facet.OUTLET).get(0).count()).isEqualTo(ARTICLES);
    assertThat(page.hits()).hasSize(20);
  }

  @Test
  void aNarrowQueryKeepsItsExactTotal() throws IOException {
    ArticleQuery oneDay = new ArticleQuery(null, null, "Test Wire",
        org.newsgraph.store.query.DateRange.parse("2020-01-01", "2020-01-01"), null, null, null);

    Hits<ArticleHit> page = reader.search(oneDay, Page.first(20, SortOrder.RELEVANCE), Set.of());

    assertThat(page.totalExact()).isTrue();
    assertThat(page.total()).isEqualTo(reader.count(oneDay));
  }

  @Test
  void filtersAlonePageInKeyOrderThroughEveryHit() throws IOException {
    List<String> ids = everyId(SortOrder.RELEVANCE);

    assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void newestFirstPagesThroughEveryHitByDate() throws IOException {
    List<String> days = new ArrayList<>();
    Page page = Page.first(400, SortOrder.DATE);
    while (true) {
      Hits<ArticleHit> hits = reader.search(WIRE, page, Set.of());
      hits.hits().forEach(hit -> days.add(hit.published()));
      if (hits.next() == null) {
        break;
      }
      page = page.next(hits);
    }

    assertThat(days).hasSize(ARTICLES).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void wordsStillRankByRelevance() throws IOException {
    Hits<ArticleHit> page = reader.search(ArticleQuery.matching("Macron"), Page.first(5, SortOrder.RELEVANCE),
        Set.of());

    assertThat(page.hits()).hasSize(5);
    assertThat(page.total()).isBetween(5L, (long) ARTICLES);
  }

  @Test
  void weeksAndMonthsAreTheSumsOfTheirDays() throws IOException {
    java.util.Map<Facet, List<FacetCount>> counts = reader.facets(WIRE,
        EnumSet.of(Facet.DAY, Facet.WEEK, Facet.MONTH), 5);

    // Days 0-449 of the copies' 700 hold two articles each, the rest one; 2020-W01 holds January 1 to 5.
    assertThat(counts.get(Facet.DAY)).hasSize(700).first().isEqualTo(new FacetCount("2020-01-01", 2));
    assertThat(counts.get(Facet.MONTH)).first().isEqualTo(new FacetCount("2020-01", 62));
    assertThat(counts.get(Facet.WEEK)).first().isEqualTo(new FacetCount("2020-W01", 10));
    assertThat(counts.get(Facet.MONTH).stream().mapToLong(FacetCount::count).sum()).isEqualTo(ARTICLES);
    assertThat(counts.get(Facet.WEEK).stream().mapToLong(FacetCount::count).sum()).isEqualTo(ARTICLES);
    assertThat(reader.facets(WIRE, EnumSet.of(Facet.MONTH), 5)).doesNotContainKey(Facet.DAY);
  }

  @Test
  void jsonSaysTheTotalIsALowerBound() throws IOException {
    StringWriter out = new StringWriter();
    HitWriter.of(HitFormat.JSON).write(reader.search(WIRE, Page.first(1, SortOrder.RELEVANCE), Set.of()),
        new PrintWriter(out, true));

    assertThat(out.toString()).contains("\"total_relation\":\"gte\"");
  }

  private static List<String> everyId(SortOrder order) throws IOException {
    List<String> ids = new ArrayList<>();
    Page page = Page.first(400, order);
    while (true) {
      Hits<ArticleHit> hits = reader.search(WIRE, page, Set.of());
      hits.hits().forEach(hit -> ids.add(hit.id()));
      if (hits.next() == null) {
        return ids;
      }
      page = page.next(hits);
    }
  }
}
