package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteHit;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

class QuoteSearchTest {

  static ExampleStore store;

  @BeforeAll
  static void build() throws IOException {
    store = new ExampleStore();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<QuoteHit> find(QuoteQuery query) throws IOException {
    return store.reader().search(query, Page.first(100, SortOrder.RELEVANCE), Set.of()).hits();
  }

  @Test
  void aSpeakerIsFoundByNameInAnyCase() throws IOException {
    List<QuoteHit> hits = find(QuoteQuery.bySpeaker("helen park"));
    assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.speaker()).isEqualTo("Helen Park"));
  }

  @Test
  void aQuoteHitCarriesItsArticlesTitleItsPlaceAndTheFramingOfIt() throws IOException {
    List<QuoteHit> hits = find(QuoteQuery.matching("*:*"));
    assertThat(hits).isNotEmpty();
    for (QuoteHit hit : hits) {
      Analysis analysis = ExampleAnalyses.analyses().stream()
          .filter(a -> a.article().id().equals(hit.article())).findFirst().orElseThrow();
      assertThat(analysis.quotes().get(hit.index()).id()).isEqualTo(hit.id());
      assertThat(hit.title()).isEqualTo(analysis.article().title());
      assertThat(hit.framing()).isEqualTo(analysis.framing().stream()
          .filter(f -> hit.id().equals(f.appliesTo())).toList());
    }
    assertThat(hits).anySatisfy(hit -> assertThat(hit.framing()).isNotEmpty());
  }

  @Test
  void aSpeakerIsFoundByKnowledgeBaseId() throws IOException {
    assertThat(find(QuoteQuery.bySpeaker("phoenix:jens_stoltenberg"))).extracting(QuoteHit::text)
        .containsExactly("the alliance would send more air defence systems to Ukraine");
  }

  @Test
  void wordsOfTheContentFindTheQuote() throws IOException {
    assertThat(find(QuoteQuery.matching("\"stand together\""))).extracting(QuoteHit::speaker)
        .containsExactly("Olaf Scholz");
  }

  @Test
  void aQuoteAboutAnEntityMentionsItInItsContent() throws IOException {
    List<QuoteHit> hits = find(QuoteQuery.about("UKR"));
    assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.text()).contains("Ukraine"));
  }

  @Test
  void cueAndKindNarrowTheQuotes() throws IOException {
    List<QuoteHit> told = find(new QuoteQuery(null, null, null, "told", null, null, null));
    assertThat(told).allSatisfy(hit -> assertThat(hit.cue()).isEqualToIgnoringCase("told"))
        .extracting(QuoteHit::speaker).contains("Olaf Scholz");
    assertThat(find(new QuoteQuery(null, "olaf scholz", null, null, "direct", null, null)))
        .extracting(QuoteHit::text).containsExactly("\"Europe must stand together,\"");
  }

  @Test
  void aHitsOffsetsGiveItsWordsInTheArticle() throws IOException {
    for (QuoteHit hit : find(QuoteQuery.matching(null))) {
      assertThat(store.words(hit.article(), hit.start(), hit.end())).isEqualTo(hit.text());
    }
  }
}
