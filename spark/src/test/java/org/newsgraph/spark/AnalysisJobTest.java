package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.BatchOptions;

/**
 * The job in a real local[2] Spark session over a small corpus: a JSON Lines feed, a folder of articles and a web
 * archive.
 */
class AnalysisJobTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path work;

  private static SparkSession spark;
  private static Path input;
  private static Path output;
  private static JobReport firstRun;

  @BeforeAll
  static void runJob() throws IOException {
    input = Files.createDirectories(work.resolve("in"));
    Files.writeString(input.resolve("feed.jsonl"), String.join("\n",
        "{\"url\": \"https://news.example.org/ferry\", \"title\": \"Ferry Fares Rise\", \"outlet\": \"Example Wire\", "
            + "\"published\": \"2024-05-02\", \"text\": \"The Brackwater Ferry Company will raise fares by 12 "
            + "percent on June 1, its chief executive, Maria Olsen, said on Thursday. \\\"Fuel costs have doubled "
            + "since last year,\\\" Olsen said.\"}",
        "{\"title\": \"broken record\", \"text\": ",
        ""), StandardCharsets.UTF_8);
    Path folder = Files.createDirectories(input.resolve("pages"));
    Files.writeString(folder.resolve("bridge.txt"), "Bridge Repairs to Close Route 9\n\n"
        + "Route 9 will close for three weeks starting Monday while crews repair the Millbrook bridge, state "
        + "officials said. The work will cost $4.2 million, according to the transportation department.\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("school.html"), "<html><head><title>Schools Add Buses</title>"
        + "<meta property=\"article:published_time\" content=\"2024-09-03\"></head><body><article>"
        + "<h1>Schools Add Buses</h1><p>The Fernhill school district added 14 buses this fall, superintendent "
        + "James Carter told parents on Tuesday.</p></article></body></html>", StandardCharsets.UTF_8);
    // The bundled web archive (three news pages among other records), read as Common Crawl's files are.
    Files.copy(Path.of("../examples/newsroom.warc.gz"), Files.createDirectories(input.resolve("crawl"))
        .resolve("newsroom.warc.gz"));
    output = work.resolve("out");
    spark = SparkSession.builder().master("local[2]").appName("newsgraph-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    firstRun = job(JobOptions.defaults()).run(input.toUri().toString(), output.toUri().toString());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void writesTheAnalysesTheCorePipelineGivesForTheSameInputs() throws IOException {
    Map<String, JsonNode> expected = new HashMap<>();
    for (JsonNode node : coreAnalyses()) {
      expected.put(node.path("article").path("id").asText(), node);
    }
    Map<String, JsonNode> written = new HashMap<>();
    for (JsonNode node : jsonLines(output.resolve("json"))) {
      if (node.has("article")) {
        written.put(node.path("article").path("id").asText(), node);
      }
    }
    assertThat(expected).hasSize(6);
    assertThat(written.keySet()).isEqualTo(expected.keySet());
    for (String id : expected.keySet()) {
      // The job names an input by its URI (file:/...), the command by the path it was given.
      ObjectNode fromSpark = written.get(id).deepCopy();
      ObjectNode fromCore = expected.get(id).deepCopy();
      assertThat(fromSpark.remove("input").asText()).isEqualTo("file:" + fromCore.remove("input").asText());
      assertThat(fromSpark).isEqualTo(fromCore);
    }
  }

  @Test
  void writesOneMentionRowPerMentionWithOffsetsIntoTheArticleText() throws IOException {
    Map<String, String> texts = new HashMap<>();
    List<String> expected = new ArrayList<>();
    for (JsonNode analysis : jsonLines(output.resolve("json"))) {
      if (!analysis.has("article")) {
        continue;
      }
      String id = analysis.path("article").path("id").asText();
      texts.put(id, analysis.path("article").path("text").asText());
      for (JsonNode entity : analysis.path("entities")) {
        for (JsonNode mention : entity.path("mentions")) {
          expected.add(id + " " + entity.path("id").asText() + " " + mention.path("start").asInt() + " "
              + mention.path("end").asInt() + " " + mention.path("text").asText());
        }
      }
    }
    List<String> rows = new ArrayList<>();
    for (Row row : table("mentions").collectAsList()) {
      String id = row.getAs("article_id");
      int start = row.getAs("start");
      int end = row.getAs("end");
      assertThat(texts.get(id).substring(start, end)).isEqualTo(row.<String>getAs("text"));
      rows.add(id + " " + row.getAs("entity_id") + " " + start + " " + end + " " + row.getAs("text"));
    }
    assertThat(expected).isNotEmpty();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void recordsABadRecordAsAnErrorRow() {
    List<Row> errors = table("errors").collectAsList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).<String>getAs("input")).endsWith("feed.jsonl#2");
    assertThat(errors.get(0).<String>getAs("code")).isEqualTo("BAD_JSON");
    assertThat(table("articles").count()).isEqualTo(6);
  }

  @Test
  void partitionsTheTablesByPublicationDate() {
    List<String> dates = table("articles").select("published_date").distinct().collectAsList().stream()
        .map(row -> String.valueOf(row.get(0))).sorted().toList();
    assertThat(dates).containsExactly("2024-03-04", "2024-03-05", "2024-05-02", "2024-09-03", "null");
  }

  @Test
  void leavesTheSameRowsWhenRunAgainOverTheSameInput() {
    Map<String, Long> before = tableCounts();
    JobReport again = job(JobOptions.defaults()).run(input.toString(), output.toString());
    assertThat(again.rows()).isEqualTo(firstRun.rows());
    assertThat(tableCounts()).isEqualTo(before);
  }

  @Test
  void recordsADocumentOverTheTimeLimitAndGoesOn() {
    Path slowOutput = work.resolve("timeouts");
    JobOptions tight = JobOptions.defaults().withTimeout(Duration.ofMillis(1)).withPartitions(2);
    JobReport report = job(tight).run(input.resolve("pages").toString(), slowOutput.toString());
    List<Row> errors = spark.read().parquet(slowOutput.resolve("errors").toString()).collectAsList();
    assertThat(errors).extracting(row -> row.<String>getAs("code")).containsOnly("TIMEOUT");
    assertThat(report.rows("errors") + report.rows("articles")).isEqualTo(2);
  }

  private static AnalysisJob job(JobOptions options) {
    return new AnalysisJob(spark, options);
  }

  private static org.apache.spark.sql.Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static boolean hasParquet(Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      return false;
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Long> tableCounts() {
    Map<String, Long> counts = new HashMap<>();
    for (Table table : Table.values()) {
      if (table != Table.JSON) {
        // A table that got no rows has no Parquet file (its partitions are its dates), so it counts as empty.
        counts.put(table.dir(), hasParquet(output.resolve(table.dir())) ? table(table.dir()).count() : 0L);
      }
    }
    return counts;
  }

  /** What the core gives for the same files, read and analyzed as {@code newsgraph analyze} does. */
  private static List<JsonNode> coreAnalyses() throws IOException {
    List<Ingested> items = new ArrayList<>();
    DocumentReader reader = new DocumentReader();
    try (Stream<Path> files = Files.walk(input)) {
      files.filter(Files::isRegularFile).sorted().forEach(file -> items.addAll(reader.read(file,
          ReadOptions.defaults())));
    }
    AnalysisJson json = new AnalysisJson();
    List<JsonNode> analyses = new ArrayList<>();
    try (BatchAnalyzer analyzer = new BatchAnalyzer(ExecutorPipeline.get().pipeline(),
        new BatchOptions(1, BatchOptions.DEFAULT_TIMEOUT))) {
      analyzer.analyze(items.iterator(), outcome -> outcome.analyzed().ifPresent(analysis -> analyses.add(
          parse(json.write(analysis, false)))));
    }
    return analyses;
  }

  private static List<JsonNode> jsonLines(Path folder) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".gz")).toList()) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
          lines.lines().forEach(line -> nodes.add(parse(line)));
        }
      }
    }
    return nodes;
  }

  private static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
