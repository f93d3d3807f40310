package org.newsgraph.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Focus;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ArticleQuery;

class AnalysisLoaderTest {

  private static final List<String> TOWNS = List.of("Riverton", "Oak Hill", "Millbrook", "Cedar Falls", "Lakeview",
      "Brookside", "Fairhaven", "Pinecrest");
  private static final List<String> WHAT = List.of("a new library", "road repairs", "a school bus contract",
      "a flood wall", "a park renovation", "water meters", "a fire truck", "street lights");
  private static final List<String> WHO = List.of("Mayor Ellen Park", "council member Raj Patel", "treasurer Ann Cole",
      "city manager Luis Ortega", "clerk Dana Frost");

  @TempDir
  Path dir;

  /** Short council stories, each a different mix of town, spending, people and figures. */
  private Path stories(int count) throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    AnalysisJson json = new AnalysisJson();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String town = TOWNS.get(random.nextInt(TOWNS.size()));
      String text = "The " + town + " council voted " + random.nextInt(3, 9) + " to " + random.nextInt(0, 3)
          + " on " + (i % 2 == 0 ? "Monday" : "Tuesday") + " to spend $" + random.nextInt(10, 900) + ",000 on "
          + WHAT.get(random.nextInt(WHAT.size())) + ". " + WHO.get(random.nextInt(WHO.size())) + " said the "
          + "money would come from " + (random.nextBoolean() ? "reserves" : "a state grant") + " and that work "
          + "would start in " + (random.nextBoolean() ? "the spring" : "the fall") + ", story " + i + ".";
      Article article = new Article(null, null, null, town + " Ledger", List.of(), "2024-03-0" + (1 + i % 9), "en",
          text, null, List.of());
      lines.add(json.write(new Analysis(Analysis.SCHEMA, article, List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of(), Focus.NONE, List.of(), null), false));
    }
    Path file = dir.resolve("analyses.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void analysesStoredByFourThreadsAreEachStoredOnceAndTheFileCountsAsDone() throws IOException {
    Path file = stories(150);
    IngestOptions options = new IngestOptions(false, 10, Duration.ofMinutes(1));
    Path store = dir.resolve("store");
    IngestSummary summary;
    try (StoreWriter writer = StoreWriter.open(store, "1")) {
      summary = new AnalysisLoader(options, 4).run(InputSource.of(List.of(file.toString())), writer,
          IngestListener.NONE);
    }

    assertThat(summary.stored()).isEqualTo(150);
    try (StoreReader reader = StoreReader.open(store)) {
      assertThat(reader.count(ArticleQuery.matching(null))).isEqualTo(150);
    }
    try (StoreWriter writer = StoreWriter.open(store, "1")) {
      assertThat(writer.record().isComplete(InputSource.of(List.of(file.toString())).get(0).id())).isTrue();
    }
  }
}
