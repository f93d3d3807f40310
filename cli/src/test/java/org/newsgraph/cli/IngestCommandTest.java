package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

  @TempDir
  Path dir;

  @Test
  void ingestThenSearchThenIngestAgainAddsNothing() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("bridges.txt"), "The city council of Riverton voted on Monday to spend "
        + "$4 million on new bridges, Mayor Ellen Park said.\n");
    Files.writeString(articles.resolve("ferry.txt"), "Ferry service to Gull Island will resume on Friday, the "
        + "harbor master said, after storms closed the crossing for a week.\n");
    Files.writeString(articles.resolve("empty.txt"), "");
    String store = dir.resolve("store").toString();

    CommandRun first = new CommandRun();
    assertThat(first.run("ingest", "--store", store, "--published", "2024-04-08", articles.toString()))
        .as("an input became an error record").isEqualTo(1);
    assertThat(first.err()).contains("3 input(s)", "2 stored", "1 error record(s)", "--type error");

    CommandRun count = new CommandRun();
    assertThat(count.run("search", "--store", store, "--count", "harbor")).isZero();
    assertThat(count.out().strip()).isEqualTo("1");

    CommandRun errors = new CommandRun();
    assertThat(errors.run("search", "--store", store, "--type", "error", "--format", "jsonl")).isZero();
    JsonNode error = new ObjectMapper().readTree(errors.out().strip());
    assertThat(error.path("input").asText()).endsWith("empty.txt");
    assertThat(error.path("code").asText()).isEqualTo("EMPTY_INPUT");

    CommandRun again = new CommandRun();
    assertThat(again.run("ingest", "--store", store, articles.toString())).isZero();
    assertThat(again.err()).contains("0 input(s)", "3 source(s) done before");

    CommandRun stats = new CommandRun();
    assertThat(stats.run("store", "stats", "--store", store)).isZero();
    JsonNode json = new ObjectMapper().readTree(stats.out());
    assertThat(json.path("articles").asLong()).isEqualTo(2);
    assertThat(json.path("errors").asLong()).isEqualTo(1);
    assertThat(json.path("first").asText()).isEqualTo("2024-04-08");
  }

  @Test
  void searchingAFolderWithNoStoreSaysHowToMakeOne() {
    CommandRun search = new CommandRun();
    assertThat(search.run("search", "--store", dir.toString(), "anything")).isEqualTo(2);
    assertThat(search.err()).contains("newsgraph ingest --store");
  }
}
