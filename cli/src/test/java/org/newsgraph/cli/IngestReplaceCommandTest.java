package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Focus;

class IngestReplaceCommandTest {

  @TempDir
  Path dir;

  @Test
  void replaceWithNoInputsHasNothingToDoWhenTheCurrentEngineAnalyzedEverything() throws Exception {
    Article article = new Article(null, null, null, "Harbor Gazette", List.of(), "2024-04-08", "en",
        "Ferry service to Gull Island will resume on Friday, the harbor master said, after storms closed the "
            + "crossing for a week.", null, List.of());
    Path analyses = dir.resolve("ferry.json");
    Files.writeString(analyses, new AnalysisJson().write(new Analysis(Analysis.SCHEMA, article, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), Focus.NONE, List.of(), null), false));
    String store = dir.resolve("store").toString();
    assertThat(new CommandRun().run("ingest", "--store", store, "--analyses", analyses.toString())).isZero();

    CommandRun again = new CommandRun();
    assertThat(again.run("ingest", "--store", store, "--replace")).isZero();
    assertThat(again.err()).contains("0 input(s)");
  }

  @Test
  void ingestWithNoInputsAndNoReplaceIsAUsageError() {
    CommandRun ingest = new CommandRun();
    assertThat(ingest.run("ingest", "--store", dir.resolve("store").toString())).isEqualTo(2);
    assertThat(ingest.err()).contains("--replace");
  }
}
