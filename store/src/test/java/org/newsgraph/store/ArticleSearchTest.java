package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

class ArticleSearchTest {

  @TempDir
  static Path folder;
  static StoreReader store;

  @BeforeAll
  static void build() throws IOException {
    store = StoreReader.open(ExampleAnalyses.store(folder.resolve("store")));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<String> titles(ArticleQuery query) throws IOException {
    return store.search(query, Page.first(50, SortOrder.DATE), Set.of()).hits().stream().map(ArticleHit::title)
        .toList();
  }

  @Test
  void aWordOfTheBodyFindsItsArticle() throws IOException {
    assertThat(titles(ArticleQuery.matching("fishermen")))
        .containsExactly("Port Halden Approves $48 Million Plan to Dredge Its Harbor");
  }

  @Test
  void aPhraseMatchesOnlyWordsInThatOrder() throws IOException {
    assertThat(titles(ArticleQuery.matching("\"shipping channel\""))).hasSize(1);
    assertThat(titles(ArticleQuery.matching("\"channel shipping\""))).isEmpty();
  }

  @Test
  void everyWordIsRequiredUnlessOrIsWritten() throws IOException {
    assertThat(titles(ArticleQuery.matching("fishermen library"))).isEmpty();
    assertThat(titles(ArticleQuery.matching("fishermen OR library"))).hasSize(2);
  }

  @Test
  void theOutletMatchesTheWholeNameInAnyCase() throws IOException {
    assertThat(titles(new ArticleQuery(null, null, "fernhill daily", null, null, null, null))).containsExactly(
        "County Opens Cooling Centers as Heat Wave Arrives", "Council Backs Protected Bike Lanes on Main Street");
    assertThat(titles(new ArticleQuery(null, null, "Fernhill", null, null, null, null))).isEmpty();
  }

  @Test
  void aDateRangeIncludesBothEnds() throws IOException {
    DateRange june = new DateRange(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5));
    assertThat(titles(new ArticleQuery(null, null, null, june, null, null, null))).hasSize(2);
  }

  @Test
  void anEntityIsFoundByKnowledgeBaseIdOrByName() throws IOException {
    String summit = "summit.txt";
    for (String entity : List.of("NATO", "North Atlantic Treaty Organization", "phoenix:jens_stoltenberg",
        "olaf scholz")) {
      List<ArticleHit> hits = store.search(new ArticleQuery(null, null, null, null, null, null, entity),
          Page.first(10, SortOrder.RELEVANCE), Set.of()).hits();
      assertThat(hits).extracting(ArticleHit::input).as(entity).containsExactly(summit);
    }
  }

  @Test
  void aFocusCountryFindsTheArticlesAboutIt() throws IOException {
    assertThat(store.count(new ArticleQuery(null, null, null, null, null, "UKR", null))).isEqualTo(1);
    assertThat(store.count(new ArticleQuery(null, null, null, null, null, "RUS", null))).isZero();
  }

  @Test
  void theQuerySyntaxReachesKeywordFieldsAndDateRanges() throws IOException {
    assertThat(titles(ArticleQuery.matching("outlet:\"Fernhill Daily\" AND published:[2024-06-04 TO 2024-06-30]")))
        .containsExactly("County Opens Cooling Centers as Heat Wave Arrives");
    assertThat(store.count(ArticleQuery.matching("title:harbor"))).isEqualTo(1);
  }

  @Test
  void aHitCarriesTheArticlesIdInputAndMetadata() throws IOException {
    ArticleHit hit = store.search(ArticleQuery.matching("cooling"), Page.first(1, SortOrder.RELEVANCE), Set.of())
        .hits().get(0);
    assertThat(hit.id()).matches("[0-9a-f]{16}");
    assertThat(hit.input()).isEqualTo("../examples/feed.jsonl#2");
    assertThat(hit.url()).isEqualTo("https://news.example.org/2024/06/05/heat-centers");
    assertThat(hit.outlet()).isEqualTo("Fernhill Daily");
    assertThat(hit.published()).startsWith("2024-06-05");
    assertThat(hit.language()).isEqualTo("en");
    assertThat(hit.engine()).isNotBlank();
    assertThat(store.analysis(hit.id())).get().asString().contains("\"title\":\"" + hit.title() + "\"");
  }

  @Test
  void anArticlesTextIsReadAloneFromItsStoredAnalysis() throws IOException {
    String id = store.search(ArticleQuery.matching("cooling"), Page.first(1, SortOrder.RELEVANCE), Set.of())
        .hits().get(0).id();
    String text = ExampleAnalyses.analyses().stream().filter(a -> a.article().id().equals(id)).findFirst()
        .orElseThrow().article().text();

    assertThat(store.articleText(id)).contains(text);
    assertThat(store.articleText("0000000000000000")).isEmpty();
  }

  @Test
  void cursorPagesCoverEveryHitOnceNewestFirst() throws IOException {
    List<ArticleHit> all = new ArrayList<>();
    Page page = Page.first(2, SortOrder.DATE);
    Hits<ArticleHit> hits;
    do {
      hits = store.search(ArticleQuery.matching(null), page, Set.of());
      all.addAll(hits.hits());
      page = page.next(hits);
    } while (hits.next() != null);
    assertThat(all).hasSize((int) hits.total()).extracting(ArticleHit::id).doesNotHaveDuplicates();
    List<String> days = all.stream().map(h -> h.published().substring(0, 10)).toList();
    assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aCursorOfOneOrderIsRefusedByTheOther() throws IOException {
    Hits<ArticleHit> first = store.search(ArticleQuery.matching(null), Page.first(1, SortOrder.DATE), Set.of());
    assertThatThrownBy(() -> store.search(ArticleQuery.matching(null),
        new Page(1, SortOrder.RELEVANCE, first.next()), Set.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badQuerySyntaxFailsNamingTheQuery() {
    assertThatThrownBy(() -> store.count(ArticleQuery.matching("\"harbor")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"harbor");
  }
}
