package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Focus;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Distinct;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

class SyndicatedCopiesTest {

  /** A wire story as the agency sent it. */
  private static final String WIRE = """
      HARRISBURG, Pa. (Keystone Wire) — Pennsylvania lawmakers approved a $2.1 billion plan on Wednesday to \
      replace aging water pipes in more than 40 towns, ending a months-long standoff over how to pay for it.

      The measure passed the state Senate 38-12 after House members agreed to drop a proposed fee on water bills. \
      Instead, the money will come from bonds repaid over 30 years and from federal infrastructure grants.

      "Families in these towns have been boiling their water for too long," said Senate Majority Leader Ruth \
      Kessler, who sponsored the bill. "This is the fix they were promised."

      Engineers estimate that about one in five pipes in the affected towns was laid before 1940. Several \
      boroughs reported lead levels above federal limits last summer, prompting boil-water notices that lasted \
      weeks.

      Gov. Daniel Ortiz is expected to sign the bill on Friday. Work on the first pipes could begin next spring.
      """;

  /** The same story in a newspaper: a byline, a headline of its own, and the paper's footer. */
  private static final String GAZETTE = """
      By Tom Alvarez, Gazette Staff

      HARRISBURG, Pa. (Keystone Wire) — Pennsylvania lawmakers approved a $2.1 billion plan on Wednesday to \
      replace aging water pipes in more than 40 towns, ending a months-long standoff over how to pay for it.

      The measure passed the state Senate 38-12 after House members agreed to drop a proposed fee on water bills. \
      Instead, the money will come from bonds repaid over 30 years and from federal infrastructure grants.

      "Families in these towns have been boiling their water for too long," said Senate Majority Leader Ruth \
      Kessler, who sponsored the bill. "This is the fix they were promised."

      Engineers estimate that about one in five pipes in the affected towns was laid before 1940. Several \
      boroughs reported lead levels above federal limits last summer, prompting boil-water notices that lasted \
      weeks.

      Gov. Daniel Ortiz is expected to sign the bill on Friday. Work on the first pipes could begin next spring.

      Copyright 2024 The Ridgefield Gazette. All rights reserved. Sign up for our morning newsletter to get \
      local news in your inbox.
      """;

  /** The same story on a portal: the last paragraph trimmed and links to other stories added. */
  private static final String PORTAL = """
      HARRISBURG, Pa. (Keystone Wire) — Pennsylvania lawmakers approved a $2.1 billion plan on Wednesday to \
      replace aging water pipes in more than 40 towns, ending a months-long standoff over how to pay for it.

      READ MORE: Which towns are on the boil-water list?

      The measure passed the state Senate 38-12 after House members agreed to drop a proposed fee on water bills. \
      Instead, the money will come from bonds repaid over 30 years and from federal infrastructure grants.

      "Families in these towns have been boiling their water for too long," said Senate Majority Leader Ruth \
      Kessler, who sponsored the bill. "This is the fix they were promised."

      Engineers estimate that about one in five pipes in the affected towns was laid before 1940. Several \
      boroughs reported lead levels above federal limits last summer, prompting boil-water notices that lasted \
      weeks.

      Trending now: High school football scores from Friday night
      """;

  /** Another newsroom's own story of the same vote: the same facts, other words. */
  private static final String OWN_REPORT = """
      The state Senate voted 38 to 12 on Wednesday for a bond-funded program of $2.1 billion to dig up and \
      replace old water mains, a win for towns that have lived under boil-water orders since last summer.

      The deal came together only after representatives gave up on a surcharge on household water bills, which \
      had stalled the bill since the spring. Bonds and federal grants will cover the cost instead.

      Senator Ruth Kessler, the bill's sponsor, called the vote overdue. Governor Daniel Ortiz has said he will \
      sign it, and crews could start digging next year.
      """;

  /** A story that has nothing to do with the others. */
  private static final String UNRELATED = """
      PORTLAND, Maine — A fishing boat that went missing off the coast of Maine on Sunday was found on Tuesday \
      with all four crew members alive, the Coast Guard said.

      The 42-foot vessel had lost power in heavy fog about 30 miles east of Portland. A helicopter crew spotted \
      flares late Monday night and a cutter towed the boat to port.

      "They did everything right," said Petty Officer Dana Lee. "They stayed with the boat and kept signaling."
      """;

  @TempDir
  Path folder;

  private static Analysis article(String text, String outlet, String published) {
    Article article = new Article(null, null, null, outlet, List.of(), published, "en", text, null, List.of());
    return new Analysis(Analysis.SCHEMA, article, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), Focus.NONE, List.of(), null);
  }

  private static final Analysis WIRE_COPY = article(WIRE, "Keystone Wire", "2024-05-08T09:00:00Z");
  private static final Analysis GAZETTE_COPY = article(GAZETTE, "Ridgefield Gazette", "2024-05-08T11:30:00Z");
  private static final Analysis PORTAL_COPY = article(PORTAL, "Valley Portal", "2024-05-08T14:05:00Z");
  private static final Analysis OWN = article(OWN_REPORT, "Capitol Daily", "2024-05-08T10:00:00Z");
  private static final Analysis BOAT = article(UNRELATED, "Coast Courier", "2024-05-07T18:00:00Z");

  private void store(List<Analysis> analyses) throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      for (Analysis analysis : analyses) {
        writer.put(analysis, analysis.article().outlet(), false);
      }
      writer.commit();
    }
  }

  private Map<String, ArticleHit> hitsByOutlet() throws IOException {
    try (StoreReader reader = StoreReader.open(folder)) {
      return reader.search(ArticleQuery.matching(null), Page.first(50, SortOrder.DATE), Set.of()).hits().stream()
          .collect(Collectors.toMap(ArticleHit::outlet, h -> h));
    }
  }

  private static String id(Analysis analysis) {
    return analysis.article().id();
  }

  @Test
  void aWireStoryAndItsRepublishedCopiesAreOneClusterNamedByTheEarliest() throws IOException {
    store(List.of(GAZETTE_COPY, WIRE_COPY, BOAT, PORTAL_COPY));

    Map<String, ArticleHit> hits = hitsByOutlet();
    for (String outlet : List.of("Keystone Wire", "Ridgefield Gazette", "Valley Portal")) {
      assertThat(hits.get(outlet).cluster()).as(outlet).isEqualTo(id(WIRE_COPY));
      assertThat(hits.get(outlet).copies()).as(outlet).isEqualTo(3);
    }
    assertThat(hits.get("Keystone Wire").earliest()).isTrue();
    assertThat(hits.get("Ridgefield Gazette").earliest()).isFalse();
  }

  @Test
  void anUnrelatedStoryIsAClusterOfItsOwn() throws IOException {
    store(List.of(WIRE_COPY, BOAT, GAZETTE_COPY));

    ArticleHit boat = hitsByOutlet().get("Coast Courier");
    assertThat(boat.cluster()).isEqualTo(id(BOAT));
    assertThat(boat.earliest()).isTrue();
    assertThat(boat.copies()).isEqualTo(1);
  }

  @Test
  void anotherNewsroomsOwnStoryOfTheSameEventIsNotACopy() throws IOException {
    store(List.of(WIRE_COPY, OWN));

    Map<String, ArticleHit> hits = hitsByOutlet();
    assertThat(hits.get("Capitol Daily").cluster()).isEqualTo(id(OWN));
    assertThat(hits.get("Keystone Wire").copies()).isEqualTo(1);
  }

  @Test
  void aCopyStoredByALaterIngestJoinsTheClusterOfTheCommittedOne() throws IOException {
    store(List.of(WIRE_COPY, BOAT));
    store(List.of(GAZETTE_COPY));

    Map<String, ArticleHit> hits = hitsByOutlet();
    assertThat(hits.get("Ridgefield Gazette").cluster()).isEqualTo(id(WIRE_COPY));
    assertThat(hits.get("Keystone Wire").copies()).isEqualTo(2);
  }

  @Test
  void anEarlierCopyStoredLaterRenamesTheClusterForEveryCopy() throws IOException {
    store(List.of(GAZETTE_COPY, PORTAL_COPY));
    store(List.of(WIRE_COPY));

    Map<String, ArticleHit> hits = hitsByOutlet();
    assertThat(hits.values()).extracting(ArticleHit::cluster).containsOnly(id(WIRE_COPY));
    assertThat(hits.values()).extracting(ArticleHit::copies).containsOnly(3);
    assertThat(hits.values()).filteredOn(ArticleHit::earliest).extracting(ArticleHit::outlet)
        .containsExactly("Keystone Wire");
  }

  @Test
  void storingACopyAgainDoesNotCountItTwice() throws IOException {
    store(List.of(WIRE_COPY, GAZETTE_COPY));
    try (StoreWriter writer = StoreWriter.open(folder, "2")) {
      writer.put(GAZETTE_COPY, "again", false);
      writer.put(GAZETTE_COPY, "replaced", true);
      writer.commit();
    }

    assertThat(hitsByOutlet().get("Keystone Wire").copies()).isEqualTo(2);
  }

  @Test
  void distinctClustersGivesOneHitPerClusterItsEarliestCopy() throws IOException {
    store(List.of(GAZETTE_COPY, WIRE_COPY, PORTAL_COPY, BOAT));

    try (StoreReader reader = StoreReader.open(folder)) {
      Hits<ArticleHit> hits = reader.search(ArticleQuery.matching("pipes"), Page.first(10, SortOrder.DATE),
          Set.of(), Distinct.CLUSTERS);
      assertThat(hits.hits()).extracting(ArticleHit::outlet).containsExactly("Keystone Wire");
      assertThat(hits.hits().get(0).copies()).isEqualTo(3);
      assertThat(hits.total()).isEqualTo(1);
    }
  }

  @Test
  void distinctClustersCountsAndFacetsCountEachClusterOnce() throws IOException {
    store(List.of(GAZETTE_COPY, WIRE_COPY, PORTAL_COPY, BOAT));

    try (StoreReader reader = StoreReader.open(folder)) {
      ArticleQuery all = ArticleQuery.matching(null);
      assertThat(reader.count(all)).isEqualTo(4);
      assertThat(reader.count(all, Distinct.CLUSTERS)).isEqualTo(2);
      assertThat(reader.facets(all, EnumSet.of(Facet.MONTH), 10, Distinct.CLUSTERS).get(Facet.MONTH))
          .containsExactly(new FacetCount("2024-05", 2));
    }
  }

  @Test
  void distinctClustersAppliesToArticlesOnly() throws IOException {
    store(List.of(WIRE_COPY));

    try (StoreReader reader = StoreReader.open(folder)) {
      assertThatThrownBy(() -> reader.count(QuoteQuery.matching(null), Distinct.CLUSTERS))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("articles");
    }
  }
}
