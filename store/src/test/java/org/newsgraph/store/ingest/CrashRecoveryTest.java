package org.newsgraph.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.ErrorQuery;

class CrashRecoveryTest {

  private static final int RECORDS = 3000;
  private static final int BAD_EVERY = 250;

  @TempDir
  Path folder;

  /** A feed of distinct short articles, every 250th without text (it must become an error record). */
  private Path feed() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= RECORDS; i++) {
      lines.add(i % BAD_EVERY == 0 ? "{\"title\": \"Notice " + i + "\"}"
          : "{\"outlet\": \"Wire " + (i % 7) + "\", \"published\": \"2024-03-" + (10 + i % 19) + "\", \"text\": "
              + "\"The council of Ward " + i + " voted on Tuesday to repair " + (i * 3) + " street lamps, the mayor "
              + "said.\"}");
    }
    Path feed = folder.resolve("feed.jsonl");
    Files.write(feed, lines, StandardCharsets.UTF_8);
    return feed;
  }

  @Test
  void anIngestKilledMidRunResumesWithNoLossAndNoDuplicate() throws Exception {
    Path feed = feed();
    Path store = folder.resolve("store");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), store.toString(),
        feed.toString(), "100").redirectErrorStream(true).start();
    boolean finished = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      int commits = 0;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        finished |= line.equals("finished");
        if (line.startsWith("commit ") && ++commits == 3) {
          // Between commits, in the middle of a batch.
          Thread.sleep(20);
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(finished).as("the child was killed before it finished").isFalse();

    long storedBefore;
    try (StoreReader reader = StoreReader.open(store)) {
      storedBefore = reader.count(ArticleQuery.matching(null)) + reader.count(ErrorQuery.all());
    }
    assertThat(storedBefore).isBetween(300L, RECORDS - 1L);

    StoreIngest resume = new StoreIngest(CleanOnlyPipeline::build, new BatchOptions(2, Duration.ofSeconds(60)),
        ReadOptions.defaults(), IngestOptions.defaults());
    IngestSummary summary;
    try (StoreWriter writer = StoreWriter.open(store, "test")) {
      summary = resume.run(InputSource.of(List.of(feed.toString())), writer, IngestListener.NONE);
    }
    assertThat(summary.items()).as("resumed after the last committed record").isEqualTo(RECORDS - storedBefore);
    assertThat(summary.alreadyStored()).isZero();

    int bad = RECORDS / BAD_EVERY;
    try (StoreReader reader = StoreReader.open(store)) {
      assertThat(reader.count(ArticleQuery.matching(null))).isEqualTo(RECORDS - bad);
      assertThat(reader.count(ErrorQuery.all())).isEqualTo(bad);
      assertThat(reader.count(new ErrorQuery(null, "NO_TEXT"))).isEqualTo(bad);
    }

    try (StoreWriter writer = StoreWriter.open(store, "test")) {
      IngestSummary again = resume.run(InputSource.of(List.of(feed.toString())), writer, IngestListener.NONE);
      assertThat(again.items()).isZero();
      assertThat(again.sourcesSkipped()).isEqualTo(1);
    }
  }
}
