package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.kb.SharedKnowledgeBase;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Outcome;

/** The library face over the standard pipeline, with the CoreNLP annotator the tests of a JVM share. */
class NewsgraphTest {

  /** 43 short news articles written for this test: politics, conflict, business and local news. */
  private static final String ARTICLES = "news-articles.jsonl";

  private static Newsgraph engine;
  private static List<Ingested> articles;

  @BeforeAll
  static void build() throws Exception {
    // A generous time limit: the test compares analyses, it does not measure speed on a busy machine.
    engine = Newsgraph.builder().annotator(TestAnnotator.get()).knowledgeBase(SharedKnowledgeBase.get())
        .batches(new BatchOptions(4, Duration.ofMinutes(10))).build();
    try (InputStream in = NewsgraphTest.class.getResourceAsStream(ARTICLES)) {
      articles = engine.read(in, ARTICLES);
    }
  }

  @Test
  void fourThreadsGiveEveryAnalysisByteForByteAsOneThreadDoes() throws Exception {
    AnalysisJson json = new AnalysisJson();
    // The threads go first, so a race in anything initialized on first use shows here.
    List<Outcome> parallel = new ArrayList<>();
    engine.analyzeAll(articles.iterator(), parallel::add);
    List<String> alone = new ArrayList<>();
    for (Ingested article : articles) {
      alone.add(json.write(engine.analyze(article.document().orElseThrow()), false));
    }

    assertThat(articles).hasSizeGreaterThanOrEqualTo(40).allMatch(a -> a.document().isPresent());
    assertThat(parallel).hasSameSizeAs(alone).noneMatch(Outcome::failed);
    for (int i = 0; i < alone.size(); i++) {
      assertThat(json.write(parallel.get(i).record(), false)).as(articles.get(i).name()).isEqualTo(alone.get(i));
    }
    List<Analysis> analyses = parallel.stream().map(o -> o.analyzed().orElseThrow()).toList();
    // Not a comparison of empty analyses: the articles are full of quotes, events, times and figures.
    assertThat(analyses.stream().mapToInt(a -> a.quotes().size()).sum()).isGreaterThan(40);
    assertThat(analyses.stream().mapToInt(a -> a.events().size()).sum()).isGreaterThan(20);
    assertThat(analyses.stream().mapToInt(a -> a.times().size()).sum()).isGreaterThan(40);
    assertThat(analyses.stream().mapToInt(a -> a.figures().size()).sum()).isGreaterThan(40);
  }

  @Test
  void plainTextWithMetadataIsAnalyzedAsAnArticleOfThatOutletAndDate() throws Exception {
    Analysis analysis = engine.analyzeText("council.txt",
        "The city council voted on Monday to close the Elm Street bridge, Mayor Linda Torres said.",
        new SourceMetadata(null, "Bridge to close", "Riverside Courier", "2024-04-09"));

    assertThat(analysis.article().outlet()).isEqualTo("Riverside Courier");
    assertThat(analysis.times()).extracting(t -> t.value()).contains("2024-04-08");
  }

  @Test
  void aDocumentOverTheSizeLimitIsRejectedBeforeItIsAnalyzed() {
    RawDocument huge = RawDocument.text("huge.txt", "Markets rose. ".repeat(400_000));

    assertThatThrownBy(() -> engine.analyze(huge)).isInstanceOfSatisfying(RejectedInputException.class,
        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.TOO_LARGE));
  }

  @Test
  void aBackboneThatCannotLoadFailsTheBuildNotTheFirstAnalysis() {
    CoreNlpConfig missingModel = CoreNlpConfig.defaults().withNerModels(List.of("no/such/ner-model.ser.gz"));

    assertThatThrownBy(() -> Newsgraph.builder().backbone(missingModel).knowledgeBase(SharedKnowledgeBase.get())
        .build()).isInstanceOf(RuntimeException.class);
  }

  @Test
  void theVersionIsTheOneTheBuildWrote() {
    assertThat(Newsgraph.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void aBackboneAndAnAnnotatorCannotBothBeGiven() {
    Newsgraph.Builder builder = Newsgraph.builder().backbone(CoreNlpConfig.defaults()).annotator(TestAnnotator.get());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("backbone");
  }
}
