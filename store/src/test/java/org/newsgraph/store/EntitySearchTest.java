package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.EntityHit;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.EntityQuery;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

class EntitySearchTest {

  static ExampleStore store;

  @BeforeAll
  static void build() throws IOException {
    store = new ExampleStore();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<EntityHit> find(EntityQuery query) throws IOException {
    return store.reader().search(query, Page.first(100, SortOrder.RELEVANCE), Set.of()).hits();
  }

  @Test
  void aNamePrefixFindsEntitiesInAnyCase() throws IOException {
    assertThat(find(new EntityQuery(null, "jens", null, null))).extracting(EntityHit::name)
        .containsExactly("Jens Stoltenberg");
  }

  @Test
  void aTypeFindsItsEntities() throws IOException {
    assertThat(find(new EntityQuery(null, null, "country", null))).extracting(EntityHit::name)
        .containsExactlyInAnyOrder("Germany", "France", "Ukraine", "Russia");
  }

  @Test
  void aKnowledgeBaseIdFindsItsEntity() throws IOException {
    EntityHit kharkiv = find(new EntityQuery(null, null, null, "geonames:706483")).get(0);
    assertThat(kharkiv.name()).isEqualTo("Kharkiv");
    assertThat(store.words(kharkiv.article(), kharkiv.start(), kharkiv.end())).isEqualTo("Kharkiv");
  }

  @Test
  void wordsOfANameFindTheEntity() throws IOException {
    assertThat(find(EntityQuery.matching("macron"))).extracting(EntityHit::kb).containsExactly((String) null);
  }

  @Test
  void aProfileGathersWhatTheStoreSaysOfAnEntity() throws IOException {
    EntityProfile profile = store.reader().profile("olaf scholz", Interval.MONTH, 10);
    assertThat(profile.articles()).isEqualTo(1);
    assertThat(profile.timeline()).containsExactly(new FacetCount("2024-05", 1));
    assertThat(profile.quotesBy().total()).isEqualTo(2);
    assertThat(profile.eventsAsActor().hits()).extracting(h -> h.type()).containsExactlyInAnyOrder("CONSULT",
        "REQUEST");
    assertThat(profile.eventsAsRecipient().total()).isZero();
    assertThat(profile.cooccurring()).extracting(FacetCount::value).contains("Emmanuel Macron", "Ukraine")
        .doesNotContain("Olaf Scholz");
    assertThat(profile.outlets()).containsExactly(new FacetCount("Test Wire", 1));
  }
}
