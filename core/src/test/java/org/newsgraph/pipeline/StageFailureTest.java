package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.model.Figure;

class StageFailureTest {

  /** A figure stage with a bug: it fails on every document. */
  private static final class Broken implements Stage<List<Figure>> {
    @Override
    public String name() {
      return "figure";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.ARTICLE);
    }

    @Override
    public Layer<List<Figure>> produces() {
      return Layers.FIGURES;
    }

    @Override
    public List<Figure> compute(Document document) {
      throw new IndexOutOfBoundsException("index 12 out of bounds for length 12");
    }
  }

  private static final Pipeline PIPELINE = Pipeline.builder(new ArticleCleaner()).then(new Broken()).build();

  @Test
  void aFailingStageIsNamedWithTheDocumentAndWhatItThrew() {
    RawDocument raw = RawDocument.text("budget-vote.txt", "The council approved a budget of $4.2 million.");

    assertThatThrownBy(() -> PIPELINE.analyze(raw)).isInstanceOfSatisfying(StageFailedException.class, e -> {
      assertThat(e.stage()).isEqualTo("figure");
      assertThat(e.document()).isEqualTo("budget-vote.txt");
      assertThat(e).hasCauseInstanceOf(IndexOutOfBoundsException.class)
          .hasMessageContaining("index 12 out of bounds");
    });
  }

  @Test
  void theErrorRecordOfAFailedStageSaysWhichStageAndDocument() {
    List<Outcome> outcomes = new ArrayList<>();
    try (BatchAnalyzer batch = new BatchAnalyzer(PIPELINE, BatchOptions.defaults())) {
      batch.analyze(List.<Ingested>of(new Ingested.Accepted(RawDocument.text("budget-vote.txt",
          "The council approved a budget of $4.2 million."))).iterator(), outcomes::add);
    }

    ErrorRecord error = ((Outcome.Failed) outcomes.get(0)).error();
    assertThat(error.error().code()).isEqualTo("ANALYSIS_FAILED");
    assertThat(error.error().message()).contains("stage 'figure'").contains("document 'budget-vote.txt'");
  }
}
