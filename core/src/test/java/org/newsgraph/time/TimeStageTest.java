package org.newsgraph.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layers;

class TimeStageTest {

  private static final Path SEED = Path.of("..", "..", "shared", "examples", "seed-article.txt");

  private static List<TimeExpression> run(String text, String published) {
    Article article = new Article(null, null, null, null, List.of(), published, "en", text, null, List.of());
    Document document = Document.empty().with(Layers.ARTICLE, article)
        .with(Layers.ANNOTATED, TestAnnotator.get().annotate(text, article.publishedDate().orElse(null)));
    return new TimeStage().compute(document);
  }

  @Test
  void producesTheTimesLayerFromArticleAndAnnotation() {
    TimeStage stage = new TimeStage();
    assertThat(stage.produces()).isEqualTo(Layers.TIMES);
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layers.ARTICLE, Layers.ANNOTATED);
  }

  @Test
  void anchorsRelativeTimesOnThePublicationDate() {
    assertThat(run("Talks resumed last week.", "2022-05-16T09:30:00Z"))
        .extracting(TimeExpression::text, TimeExpression::value).containsExactly(tuple("last week", "2022-W19"));
  }

  @Test
  void findsTheSeedArticlesSixTimes() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not present");
    String raw = Files.readString(SEED);
    List<TimeExpression> times = run(raw, "2022-05-16");
    assertThat(times).extracting(TimeExpression::text, TimeExpression::value).contains(
        tuple("Monday", "2022-05-16"), tuple("last week", "2022-W19"), tuple("Saturday", "2022-05-14"),
        tuple("this fall", "2022-FA"), tuple("later this week", "2022-W20"), tuple("this weekend", "2022-W19-WE"));
    assertThat(times).extracting(TimeExpression::text).doesNotContain("Daily", "Now", "82nd day", "year");
    assertThat(times).allSatisfy(t -> assertThat(raw.substring(t.start(), t.end())).isEqualTo(t.text()));
  }
}
