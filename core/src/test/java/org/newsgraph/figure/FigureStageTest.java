package org.newsgraph.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Figure;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.quote.QuoteStage;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layers;

class FigureStageTest {

  private static final Path SEED = Path.of("..", "..", "shared", "examples", "seed-article.txt");

  private static List<Figure> run(String text) {
    Annotated annotated = TestAnnotator.get().annotate(text, LocalDate.of(2022, 5, 16));
    Document document = Document.empty().with(Layers.ANNOTATED, annotated)
        .with(Layers.QUOTES, new QuoteStage().quotes(annotated, List.of()));
    return new FigureStage().compute(document);
  }

  @Test
  void producesTheFiguresLayerFromAnnotationAndQuotes() {
    FigureStage stage = new FigureStage();
    assertThat(stage.produces()).isEqualTo(Layers.FIGURES);
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layers.ANNOTATED, Layers.QUOTES);
  }

  @Test
  void findsTheSeedArticlesThreeFigures() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not present");
    String raw = Files.readString(SEED);
    int bio = raw.indexOf("\nAuthor:");
    String story = bio < 0 ? raw : raw.substring(0, bio);
    List<Figure> figures = run(story);
    assertThat(figures).extracting(Figure::text, f -> f.value().toPlainString(), Figure::unit,
        f -> f.source() == null ? null : f.source().name()).containsExactly(
        tuple("27,700", "27700", "troops", "General Staff of the Armed Forces of Ukraine"),
        tuple("$300 million", "300000000", "USD", null),
        tuple("$40 billion", "40000000000", "USD", "Mitch McConnell"));
    assertThat(figures).allSatisfy(f -> assertThat(story.substring(f.start(), f.end())).isEqualTo(f.text()));
  }
}
