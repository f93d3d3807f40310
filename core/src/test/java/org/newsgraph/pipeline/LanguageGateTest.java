package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;

/** A pipeline told languages analyzes only English articles and says so of the rest. */
class LanguageGateTest {

  private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.load();

  /** Stands for the English NLP stages: it finds a time in any text it is given. */
  private record EnglishStage() implements Stage<List<TimeExpression>> {
    @Override
    public String name() {
      return "english";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.ARTICLE);
    }

    @Override
    public Layer<List<TimeExpression>> produces() {
      return Layers.TIMES;
    }

    @Override
    public List<TimeExpression> compute(Document document) {
      return List.of(new TimeExpression("x", 0, 1, TimeType.DATE, "2024-03-05"));
    }
  }

  private final Pipeline pipeline = Pipeline.builder(new ArticleCleaner()).languages(LANGUAGES)
      .then(new EnglishStage()).build();

  @Test
  void aGermanArticleIsOutputWithItsLanguageAndFlaggedAndNoStageRuns() throws Exception {
    Analysis analysis = pipeline.analyze(RawDocument.text("bruecke.txt", "Der Stadtrat von Halden hat am Dienstag "
        + "den Bau einer neuen Brücke beschlossen. Die Kosten werden auf zwölf Millionen Euro geschätzt."));

    assertThat(analysis.article().language()).isEqualTo("de");
    assertThat(analysis.article().flags()).containsExactly(Article.LANGUAGE_NOT_ANALYZED);
    assertThat(analysis.times()).isEmpty();
  }

  @Test
  void anEnglishArticleIsAnalyzedAndCarriesNoFlag() throws Exception {
    Analysis analysis = pipeline.analyze(RawDocument.text("bridge.txt", "The Halden city council voted on Tuesday "
        + "to build a new bridge over the river. The cost is put at twelve million euros."));

    assertThat(analysis.article().language()).isEqualTo("en");
    assertThat(analysis.article().flags()).isEmpty();
    assertThat(analysis.times()).hasSize(1);
  }

  @Test
  void thePagesDeclarationGivesWayToTheDetectedLanguage() throws Exception {
    Analysis analysis = pipeline.analyze(RawDocument.html("bridge.html", "<html lang=\"de\"><body><article><p>The "
        + "Halden city council voted on Tuesday to build a new bridge over the river, the mayor said.</p>"
        + "</article></body></html>"));

    assertThat(analysis.article().language()).isEqualTo("en");
    assertThat(analysis.times()).hasSize(1);
  }
}
