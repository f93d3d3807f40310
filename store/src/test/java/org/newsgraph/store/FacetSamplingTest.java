package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.store.format.HitFormat;
import org.newsgraph.store.format.HitWriter;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Distinct;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

/** Entity counts of a broad query counted on a sample of its hits; everything else exact. */
class FacetSamplingTest {

  /** Past this many hits the readers under test sample, on about half of them. */
  private static final FacetCounter.Sampling SMALL = new FacetCounter.Sampling(300, 150);
  private static final int ARTICLES = 600;
  private static final ArticleQuery ALL = ArticleQuery.matching(null);

  static Path folder;
  static StoreReader sampling;
  static StoreReader exact;

  /** Every example stored again and again under ids of its own, so that entities differ from article to article. */
  @BeforeAll
  static void build() throws IOException {
    folder = Files.createTempDirectory("newsgraph-sampling-test");
    List<Analysis> examples = ExampleAnalyses.analyses();
    try (StoreWriter writer = StoreWriter.open(folder, "test", false)) {
      for (int i = 0; i < ARTICLES; i++) {
        Analysis a = examples.get(i % examples.size());
        Article t = a.article();
        Article copy = new Article(Article.contentId(t.id() + "/" + i), t.url(), t.title(), t.outlet(), t.authors(),
            t.published(), t.language(), t.text(), t.repostedBy(), t.removed());
        writer.put(new Analysis(a.schema(), a.input(), a.truncated(), copy, a.entities(), a.quotes(), a.times(),
            a.figures(), a.events(), a.places(), a.focus(), a.framing(), a.tone()), "copy#" + i, false);
      }
      writer.commit();
    }
    sampling = StoreReader.open(folder, SMALL);
    exact = StoreReader.open(folder, new FacetCounter.Sampling(Integer.MAX_VALUE, 1));
  }

  @AfterAll
  static void close() throws IOException {
    sampling.close();
    exact.close();
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  void entityCountsOfABroadQueryAreEstimatesCloseToTheExactCounts() throws IOException {
    Map<String, Long> truth = byValue(exact.facets(ALL, Set.of(Facet.ENTITY), 1000).get(Facet.ENTITY));

    List<FacetCount> estimated = sampling.facets(ALL, Set.of(Facet.ENTITY), 10).get(Facet.ENTITY);

    assertThat(estimated).hasSize(10).allMatch(FacetCount::estimated);
    // A tenth of all the hits is some three standard errors of a count on a sample of 150.
    assertThat(estimated).allSatisfy(count -> assertThat(count.count())
        .isCloseTo(truth.get(count.value()), Offset.offset(ARTICLES / 10L)));
  }

  @Test
  void theSameQueryGivesTheSameEstimates() throws IOException {
    assertThat(sampling.facets(ALL, Set.of(Facet.ENTITY), 10))
        .isEqualTo(sampling.facets(ALL, Set.of(Facet.ENTITY), 10));
  }

  @Test
  void aQueryWithFewerHitsThanTheBoundCountsEntitiesExactly() throws IOException {
    ArticleQuery fernhill = new ArticleQuery(null, null, "Fernhill Daily", null, null, null, null);
    assertThat(exact.count(fernhill)).isBetween(1L, 300L);

    List<FacetCount> counts = sampling.facets(fernhill, Set.of(Facet.ENTITY), 10).get(Facet.ENTITY);

    assertThat(counts).isNotEmpty().noneMatch(FacetCount::estimated)
        .isEqualTo(exact.facets(fernhill, Set.of(Facet.ENTITY), 10).get(Facet.ENTITY));
  }

  @Test
  void theTotalTheTimelineAndTheOutletsStayExact() throws IOException {
    Set<Facet> wanted = EnumSet.of(Facet.ENTITY, Facet.OUTLET, Facet.DAY, Facet.MONTH, Facet.COUNTRY);
    Hits<ArticleHit> sampled = sampling.search(ALL, Page.first(5, SortOrder.DATE), wanted, 10, Distinct.COPIES);
    Hits<ArticleHit> counted = exact.search(ALL, Page.first(5, SortOrder.DATE), wanted, 10, Distinct.COPIES);

    assertThat(sampled.total()).isEqualTo(ARTICLES);
    assertThat(sampled.hits()).isEqualTo(counted.hits());
    for (Facet facet : EnumSet.of(Facet.OUTLET, Facet.DAY, Facet.MONTH, Facet.COUNTRY)) {
      assertThat(sampled.facets().get(facet)).isEqualTo(counted.facets().get(facet));
    }
  }

  @Test
  void aProfileOfABroadEntitySaysItsCooccurringCountsAreEstimates() throws IOException {
    String often = exact.facets(ALL, Set.of(Facet.ENTITY), 1).get(Facet.ENTITY).get(0).value();

    EntityProfile profile;
    // The examples' most named entity is in a tenth of the articles: a reader sampling past 30 hits.
    try (StoreReader reader = StoreReader.open(folder, new FacetCounter.Sampling(30, 15))) {
      profile = reader.profile(often, Interval.MONTH, 5);
    }

    assertThat(profile.articles()).isGreaterThan(30);
    assertThat(profile.cooccurring()).isNotEmpty().allMatch(FacetCount::estimated);
    assertThat(profile.timeline()).noneMatch(FacetCount::estimated);
    assertThat(profile.timeline().stream().mapToLong(FacetCount::count).sum()).isEqualTo(profile.articles());
    assertThat(profile.outlets()).noneMatch(FacetCount::estimated);
  }

  @Test
  void jsonMarksTheEstimatesAlone() throws IOException {
    StringWriter out = new StringWriter();
    HitWriter.of(HitFormat.JSON).write(sampling.search(ALL, Page.first(1, SortOrder.DATE),
        EnumSet.of(Facet.ENTITY, Facet.OUTLET), 3, Distinct.COPIES), new PrintWriter(out, true));

    String json = out.toString();
    String outlets = json.substring(json.indexOf("\"outlet\""));
    String entities = json.substring(json.indexOf("\"entity\""), json.indexOf("]", json.indexOf("\"entity\"")));
    assertThat(entities).contains("\"estimated\":true");
    assertThat(outlets.substring(0, outlets.indexOf("]"))).doesNotContain("estimated");
  }

  @Test
  void tablesSayWhichCountsAreEstimates() throws IOException {
    StringWriter out = new StringWriter();
    HitWriter.of(HitFormat.CSV).writeFacets(sampling.facets(ALL, EnumSet.of(Facet.ENTITY, Facet.OUTLET), 2),
        new PrintWriter(out, true));

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("facet,value,count,estimated");
    assertThat(lines.stream().filter(l -> l.startsWith("entity,"))).isNotEmpty().allMatch(l -> l.endsWith(",true"));
    assertThat(lines.stream().filter(l -> l.startsWith("outlet,"))).isNotEmpty().allMatch(l -> l.endsWith(",false"));
  }

  private static Map<String, Long> byValue(List<FacetCount> counts) {
    return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }
}
