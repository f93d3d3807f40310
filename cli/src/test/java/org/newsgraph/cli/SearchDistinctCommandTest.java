package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Focus;

class SearchDistinctCommandTest {

  private static final String STORY = """
      SPRINGFIELD, Ill. (Prairie Press) — A tornado tore through the town of Maple Grove late Thursday, \
      flattening a grain elevator and damaging dozens of homes, but no one was seriously hurt, county officials \
      said on Friday.

      The storm touched down just after 10 p.m. and stayed on the ground for about six miles, the National \
      Weather Service said. Crews were still clearing debris from Main Street on Friday morning.

      "We were lucky, plain and simple," said Sheriff Alan Brooks. "People heard the sirens and went to their \
      basements."
      """;

  @TempDir
  Path dir;

  private String store;

  private static String analysis(String text, String outlet, String published) {
    Article article = new Article(null, null, null, outlet, List.of(), published, "en", text, null, List.of());
    return new AnalysisJson().write(new Analysis(Analysis.SCHEMA, article, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), Focus.NONE, List.of(), null), false);
  }

  @BeforeEach
  void storeAStoryTwoOutletsRanAndAnother() throws Exception {
    Path analyses = dir.resolve("analyses.jsonl");
    Files.writeString(analyses, String.join("\n",
        analysis("By Karen Wu, Courier staff\n\n" + STORY, "Grove Courier", "2024-06-07T08:00:00Z"),
        analysis(STORY, "Prairie Press", "2024-06-07T06:30:00Z"),
        analysis("A new bakery opened on Elm Street on Saturday, selling bread made from grain grown in the "
            + "county, owner Lisa Park said. Customers lined up around the block before the doors opened.",
            "Grove Courier", "2024-06-08T09:00:00Z")) + "\n");
    store = dir.resolve("store").toString();
    CommandRun ingest = new CommandRun();
    assertThat(ingest.run("ingest", "--store", store, "--analyses", analyses.toString())).isZero();
  }

  @Test
  void jsonLinesHitsSayWhichClusterAndHowManyCopies() throws Exception {
    CommandRun search = new CommandRun();
    assertThat(search.run("search", "--store", store, "--format", "jsonl", "tornado")).isZero();

    List<JsonNode> hits = search.out().strip().lines().map(SearchDistinctCommandTest::json).toList();
    assertThat(hits).hasSize(2);
    assertThat(hits).extracting(h -> h.path("copies").asInt()).containsOnly(2);
    assertThat(hits).extracting(h -> h.path("cluster").asText()).containsOnly(
        hits.stream().filter(h -> h.path("outlet").asText().equals("Prairie Press")).findFirst().orElseThrow()
            .path("id").asText());
  }

  @Test
  void distinctClustersCountsTheStoryOnce() {
    CommandRun count = new CommandRun();
    assertThat(count.run("search", "--store", store, "--count", "--distinct", "clusters", "grain")).isZero();
    assertThat(count.out().strip()).isEqualTo("2");
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
