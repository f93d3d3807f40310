package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;

class PipelineTest {

  /** A stage producing one fixed time expression: enough to see layers flow into the analysis. */
  private record FixedTimes(Set<Layer<?>> requires) implements Stage<List<TimeExpression>> {
    @Override
    public String name() {
      return "fixed-times";
    }

    @Override
    public Layer<List<TimeExpression>> produces() {
      return Layers.TIMES;
    }

    @Override
    public List<TimeExpression> compute(Document document) {
      return List.of(new TimeExpression("Monday", 22, 28, TimeType.DATE, "2024-03-04"));
    }
  }

  @Test
  void buildRejectsAStageWhoseRequiredLayerNoEarlierStageProduces() {
    Pipeline.Builder builder = Pipeline.builder(new ArticleCleaner())
        .then(new FixedTimes(Set.of(Layers.ANNOTATED)));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fixed-times").hasMessageContaining("annotated");
  }

  @Test
  void buildRejectsTwoStagesProducingTheSameLayer() {
    Pipeline.Builder builder = Pipeline.builder(new ArticleCleaner())
        .then(new FixedTimes(Set.of())).then(new FixedTimes(Set.of()));

    assertThatThrownBy(builder::build).hasMessageContaining("already produced");
  }

  @Test
  void stageResultsBecomeTheAnalysisArrays() throws Exception {
    Pipeline pipeline = Pipeline.builder(new ArticleCleaner()).then(new FixedTimes(Set.of(Layers.ARTICLE))).build();

    Analysis analysis = pipeline.analyze(RawDocument.text("note.txt", "The board will meet on Monday."));

    assertThat(analysis.schema()).isEqualTo("newsgraph/1");
    assertThat(analysis.times()).extracting(TimeExpression::value).containsExactly("2024-03-04");
    assertThat(analysis.quotes()).isEmpty();
  }

  @Test
  void listenerHearsEveryStageByName() throws Exception {
    Pipeline pipeline = Pipeline.builder(new ArticleCleaner()).then(new FixedTimes(Set.of())).build();
    List<String> heard = new java.util.ArrayList<>();

    pipeline.analyze(RawDocument.text("note.txt", "The board met."), (stage, nanos) -> heard.add(stage));

    assertThat(heard).containsExactly("clean", "fixed-times");
  }
}
