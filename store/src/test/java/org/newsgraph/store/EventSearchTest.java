package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.EventHit;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

class EventSearchTest {

  static ExampleStore store;

  @BeforeAll
  static void build() throws IOException {
    store = new ExampleStore();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<EventHit> find(EventQuery query) throws IOException {
    return store.reader().search(query, Page.first(100, SortOrder.RELEVANCE), Set.of()).hits();
  }

  private static EventQuery query(String type, String cameo, String actor, String recipient, String place,
      String country) {
    return new EventQuery(null, type, cameo, actor, recipient, place, country, null, null, null, null);
  }

  @Test
  void aPloverTypeFindsItsEvents() throws IOException {
    assertThat(find(query("ASSAULT", null, null, null, null, null))).extracting(EventHit::actor)
        .containsExactly("Russia");
  }

  @Test
  void aCameoRootWithAStarFindsItsChildren() throws IOException {
    assertThat(find(query(null, "19*", null, null, null, null))).extracting(EventHit::cameo).containsExactly("190");
    assertThat(find(query(null, "19", null, null, null, null))).isEmpty();
  }

  @Test
  void anActorIsFoundByEntityActorCodeOrCountry() throws IOException {
    for (String actor : List.of("olaf scholz", "DEUGOV", "DEU")) {
      assertThat(find(query(null, null, actor, null, null, null))).as(actor).extracting(EventHit::type)
          .containsExactlyInAnyOrder("CONSULT", "REQUEST");
    }
  }

  @Test
  void aRecipientIsFoundAsAnActorIs() throws IOException {
    assertThat(find(query(null, null, null, "FRA", null, null))).extracting(EventHit::recipient)
        .containsExactly("Emmanuel Macron");
  }

  @Test
  void placeAndCountryFindWhereItHappened() throws IOException {
    assertThat(find(query(null, null, null, null, "berlin", null))).extracting(EventHit::type)
        .containsExactly("CONSULT");
    assertThat(find(query(null, null, null, null, null, "UKR"))).extracting(EventHit::type)
        .containsExactly("ASSAULT");
  }

  @Test
  void flagsAndDatesFilter() throws IOException {
    long all = store.reader().count(EventQuery.matching(null));
    for (boolean value : new boolean[] {true, false}) {
      assertThat(find(new EventQuery(null, null, null, null, null, null, null, null, value, null, null)))
          .allSatisfy(hit -> assertThat(hit.negated()).isEqualTo(value));
    }
    long negated = store.reader().count(new EventQuery(null, null, null, null, null, null, null, null, true, null,
        null));
    long affirmed = store.reader().count(new EventQuery(null, null, null, null, null, null, null, null, false,
        null, null));
    assertThat(negated + affirmed).isEqualTo(all);
    DateRange may = new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
    assertThat(find(new EventQuery(null, null, null, null, null, null, null, may, null, null, null)))
        .extracting(EventHit::date).containsOnly("2024-05-14");
  }

  @Test
  void aHitsEvidenceIsTheArticlesWordsAtItsOffsets() throws IOException {
    for (EventHit hit : find(EventQuery.matching(null))) {
      assertThat(store.words(hit.article(), hit.start(), hit.end())).isEqualTo(hit.evidence());
    }
  }
}
