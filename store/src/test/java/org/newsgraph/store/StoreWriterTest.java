package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.ErrorHit;
import org.newsgraph.store.query.ErrorQuery;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

class StoreWriterTest {

  @TempDir
  Path folder;

  private static Analysis harbor() throws IOException {
    return ExampleAnalyses.analyses().stream().filter(a -> a.article().title().contains("Harbor")).findFirst()
        .orElseThrow();
  }

  @Test
  void storingTheSameArticleTwiceKeepsOneCopyOfItAndItsFacts() throws IOException {
    Analysis harbor = harbor();
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      assertThat(writer.put(harbor, "harbor.txt", false)).isTrue();
      assertThat(writer.put(harbor, "copy-of-harbor.txt", false)).isFalse();
      writer.commit();
      assertThat(writer.put(harbor, "harbor.txt", false)).isFalse();
      writer.commit();
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.count(ArticleQuery.matching(null))).isEqualTo(1);
      assertThat(reader.count(QuoteQuery.matching(null))).isEqualTo(harbor.quotes().size());
    }
  }

  @Test
  void anErrorRecordIsStoredAndFoundWithItsReason() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      writer.putError(ErrorRecord.of("scan.pdf", "BINARY_INPUT", "the input is binary, not text"));
      writer.putError(ErrorRecord.of("scan.pdf", "BINARY_INPUT", "the input is binary, not text"));
      writer.commit();
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      var hits = reader.search(new ErrorQuery(null, "binary_input"), Page.first(10, SortOrder.RELEVANCE), Set.of());
      assertThat(hits.hits()).containsExactly(new ErrorHit("scan.pdf", "BINARY_INPUT",
          "the input is binary, not text"));
      assertThat(reader.count(new ErrorQuery("binary", null))).isEqualTo(1);
    }
  }

  @Test
  void theExamplesBinaryFileEndsAsAnErrorRecord() throws IOException {
    ExampleAnalyses.store(folder);
    long failed = ExampleAnalyses.outcomes().stream().filter(Outcome::failed).count();
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(failed).isEqualTo(1);
      assertThat(reader.search(ErrorQuery.all(), Page.first(10, SortOrder.RELEVANCE), Set.of()).hits())
          .extracting(ErrorHit::input).containsExactly("scan.pdf");
    }
  }

  @Test
  void anInputThatSucceedsLaterLosesItsErrorRecord() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      writer.putError(ErrorRecord.of("harbor.txt", "TIMEOUT", "analysis took longer than the limit"));
      writer.commit();
      writer.put(harbor(), "harbor.txt", false);
      writer.commit();
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.count(ErrorQuery.all())).isZero();
    }
  }

  @Test
  void replacingRewritesTheArticleWithTheNewEngineVersion() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "0.0.9")) {
      writer.put(harbor(), "harbor.txt", false);
      writer.commit();
    }
    try (StoreWriter writer = StoreWriter.open(folder, "0.1.0")) {
      writer.put(harbor(), "harbor.txt", false);
      writer.commit();
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.stats().engines()).containsExactly(java.util.Map.entry("0.0.9", 1L));
    }
    try (StoreWriter writer = StoreWriter.open(folder, "0.1.0")) {
      assertThat(writer.put(harbor(), "harbor.txt", true)).isTrue();
      writer.commit();
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.stats().engines()).containsExactly(java.util.Map.entry("0.1.0", 1L));
      assertThat(reader.count(QuoteQuery.matching(null))).isEqualTo(harbor().quotes().size());
    }
  }

  @Test
  void mergingIntoOneSegmentKeepsEveryRecordAndTheRecordOfDoneInputs() throws IOException {
    long articles;
    long quotes;
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      for (Analysis analysis : ExampleAnalyses.analyses()) {
        writer.put(analysis, analysis.article().id() + ".txt", false);
        writer.sourceDone(analysis.article().id() + ".txt");
        writer.commit();
      }
      assertThat(writer.committedSegments()).isGreaterThan(1);
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      articles = reader.count(ArticleQuery.matching(null));
      quotes = reader.count(QuoteQuery.matching(null));
    }
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      writer.forceMerge(1);
      assertThat(writer.committedSegments()).isEqualTo(1);
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.count(ArticleQuery.matching(null))).isEqualTo(articles).isPositive();
      assertThat(reader.count(QuoteQuery.matching(null))).isEqualTo(quotes);
    }
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      String first = ExampleAnalyses.analyses().get(0).article().id() + ".txt";
      assertThat(writer.record().isComplete(first)).isTrue();
    }
  }

  @Test
  void theRecordOfDoneInputsIsReadBackFromTheLastCommit() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      writer.sourceDone("/data/a.txt");
      writer.itemsDone("/data/feed.jsonl", 42);
      writer.commit();
      writer.sourceDone("/data/feed.jsonl");
    }
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      assertThat(writer.record().isComplete("/data/a.txt")).isTrue();
      assertThat(writer.record().isComplete("/data/feed.jsonl")).isFalse();
      assertThat(writer.record().itemsDone("/data/feed.jsonl")).isEqualTo(42);
    }
  }

  @Test
  void whatIsNotCommittedIsNotKept() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      writer.commit();
      writer.put(harbor(), "harbor.txt", false);
    }
    try (StoreReader reader = StoreReader.open(folder)) {
      assertThat(reader.count(ArticleQuery.matching(null))).isZero();
    }
  }

  @Test
  void aSecondWriterOfTheSameStoreIsRefused() throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, "1")) {
      assertThatThrownBy(() -> StoreWriter.open(folder, "1")).isInstanceOf(IOException.class)
          .hasMessageContaining("another process");
    }
  }

  @Test
  void statsCountEveryKind() throws IOException {
    ExampleAnalyses.store(folder);
    long articles = ExampleAnalyses.analyses().size();
    try (StoreReader reader = StoreReader.open(folder)) {
      StoreStats stats = reader.stats();
      assertThat(stats.articles()).isEqualTo(articles);
      assertThat(stats.errors()).isEqualTo(1);
      assertThat(stats.quotes()).isEqualTo(ExampleAnalyses.analyses().stream().mapToLong(a -> a.quotes().size())
          .sum());
      assertThat(stats.times()).isEqualTo(ExampleAnalyses.analyses().stream().mapToLong(a -> a.times().size())
          .sum());
      assertThat(stats.first()).startsWith("2024-02-08");
      assertThat(stats.last()).isEqualTo("2024-10-14");
      assertThat(stats.outlets()).isEqualTo(ExampleAnalyses.analyses().stream().map(a -> a.article().outlet())
          .filter(java.util.Objects::nonNull).distinct().count());
      assertThat(stats.bytes()).isPositive();
    }
  }

  @Test
  void aFolderWithoutAStoreIsNoStore() {
    assertThatThrownBy(() -> StoreReader.open(folder)).isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("newsgraph ingest");
  }
}
