package org.newsgraph.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.EntityQuery;
import org.newsgraph.store.query.ErrorQuery;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.SortOrder;

class StoreReanalysisTest {

  private static final String STORY = """
      The Millbrook school board voted 5 to 2 on Thursday to move the start of the high school day to 8:45 a.m. \
      next fall, after two years of debate over students' sleep.

      Superintendent Grace Holloway said bus routes would be redrawn over the summer. Parents who opposed the \
      change said it would make it harder for students to hold after-school jobs.
      """;

  /** The story as a local paper ran it, with a line of its own at the end. */
  private static final String REPOST = STORY + "\nThe board meets again on March 3 to vote on the new bus routes.\n";

  @TempDir
  Path folder;

  /**
   * An analysis as an older engine left it: the article as cleaning gives it (the text a store holds) and one
   * entity, Grace Holloway.
   */
  private static Analysis olderAnalysis(String source, String outlet, String published) throws IOException {
    try {
      return olderAnalysisOfText(CleanOnlyPipeline.build().analyze(RawDocument.text("story.txt", source)).article()
          .text(), outlet, published);
    } catch (RejectedInputException e) {
      throw new IOException(e);
    }
  }

  private static Analysis olderAnalysisOfText(String text, String outlet, String published) {
    Article article = new Article(null, null, "Millbrook school day to start later", outlet, List.of(), published,
        "en", text, null, List.of());
    int at = text.indexOf("Grace Holloway");
    Entity holloway = new Entity("e1", "Grace Holloway", EntityType.PERSON, List.of(), List.of(), java.util.Map.of(),
        List.of(new Mention(at, at + "Grace Holloway".length(), "Grace Holloway")));
    return new Analysis(Analysis.SCHEMA, article, List.of(holloway), List.of(), List.of(), List.of(), List.of(),
        List.of(), Focus.NONE, List.of(), null);
  }

  private void storeByOlderEngine() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "0.9")) {
      writer.put(olderAnalysis(STORY, "Millbrook Times", "2024-02-01T07:00:00Z"), "story.txt", false);
      writer.put(olderAnalysis(REPOST, "Valley Ledger", "2024-02-01T12:00:00Z"), "repost.txt", false);
      writer.commit();
    }
  }

  private IngestSummary reanalyze() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1.0")) {
      return new StoreReanalysis(CleanOnlyPipeline::build, new BatchOptions(2, Duration.ofSeconds(60)),
          IngestOptions.defaults().withReplace(true)).run(writer, IngestListener.NONE);
    }
  }

  private List<ArticleHit> articles() throws IOException {
    try (StoreReader reader = StoreReader.open(folder)) {
      return reader.search(ArticleQuery.matching(null), Page.first(10, SortOrder.DATE), Set.of()).hits();
    }
  }

  @Test
  void articlesAnOlderEngineAnalyzedGetTheCurrentEnginesFactsFromTheirStoredText() throws IOException {
    storeByOlderEngine();
    List<String> ids = articles().stream().map(ArticleHit::id).toList();

    IngestSummary summary = reanalyze();

    assertThat(summary.stored()).isEqualTo(2);
    assertThat(articles()).extracting(ArticleHit::engine).containsOnly("1.0");
    assertThat(articles()).extracting(ArticleHit::id).containsExactlyInAnyOrderElementsOf(ids);
    try (StoreReader reader = StoreReader.open(folder)) {
      // The clean-only engine finds no entities: the older engine's are gone.
      assertThat(reader.count(new EntityQuery(null, null, null, null))).isZero();
    }
  }

  @Test
  void anArticleAnalyzedAgainKeepsItsTitleAndItsClusterOfCopies() throws IOException {
    storeByOlderEngine();

    reanalyze();

    assertThat(articles()).extracting(ArticleHit::title).containsOnly("Millbrook school day to start later");
    assertThat(articles()).extracting(ArticleHit::copies).containsOnly(2);
  }

  @Test
  void anArticleWhoseTextCleaningWouldChangeKeepsItsAnalysisAndGetsAnErrorRecord() throws IOException {
    // Stored as given, not as cleaning gives it: cleaning it again takes the byline off, and the offsets with it.
    try (StoreWriter writer = StoreWriter.open(folder, "0.9")) {
      writer.put(olderAnalysisOfText("By Owen Marsh, Valley Ledger\n\n" + STORY, "Valley Ledger", "2024-02-01"),
          "repost.txt", false);
      writer.commit();
    }

    IngestSummary summary = reanalyze();

    assertThat(summary.errors()).isEqualTo(1);
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.count(new ErrorQuery(null, "TEXT_CHANGED"))).isEqualTo(1);
      assertThat(reader.count(new EntityQuery(null, null, null, null))).isEqualTo(1);
    }
  }

  @Test
  void aSecondRunFindsNothingLeftToAnalyze() throws IOException {
    storeByOlderEngine();
    reanalyze();

    assertThat(reanalyze().items()).isZero();
  }
}
