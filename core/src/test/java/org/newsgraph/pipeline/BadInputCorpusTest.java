package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.BadInputCorpus.Case;

/**
 * Every input of the bad-input corpus, read from disk and run through the standard pipeline with the default
 * options, ends as exactly one analysis or one error record, with the reason expected of it.
 */
class BadInputCorpusTest {

  private static Pipeline pipeline;
  private static Schema schema;

  @TempDir
  Path dir;

  private final AnalysisJson json = new AnalysisJson();
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void load() throws IOException {
    pipeline = StandardPipeline.build(TestAnnotator.get());
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(
        "/org/newsgraph/schema/newsgraph-1.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /** The codes of the outcomes, in order, null for an analysis; each output checked against the schema. */
  private List<String> outcomes(Case c) throws IOException {
    List<Ingested> items = new DocumentReader().read(dir.resolve(c.name()), ReadOptions.defaults());
    List<String> codes = new ArrayList<>();
    try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, BatchOptions.defaults())) {
      analyzer.analyze(items.iterator(), outcome -> {
        JsonNode written = readTree(json.write(outcome.record(), false));
        assertThat(schema.validate(written)).as(c.name()).isEmpty();
        assertThat(written.at("/input").asText()).as(c.name()).startsWith(dir.resolve(c.name()).toString());
        codes.add(outcome.failed() ? written.at("/error/code").asText() : null);
      });
    }
    return codes;
  }

  private JsonNode readTree(String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void eachSmallBadInputEndsAsOneAnalysisOrOneErrorRecordWithItsReason() throws IOException {
    List<Case> cases = BadInputCorpus.small();
    BadInputCorpus.write(dir, cases);

    for (Case c : cases) {
      assertThat(outcomes(c)).as(c.name()).isEqualTo(c.codes());
    }
  }

  @Test
  void eachLargeBadInputIsStoppedByALimitThatItsErrorRecordNames() throws IOException {
    List<Case> cases = BadInputCorpus.large();
    BadInputCorpus.write(dir, cases);
    List<String> messages = new ArrayList<>();

    for (Case c : cases) {
      List<Ingested> items = new DocumentReader().read(dir.resolve(c.name()), ReadOptions.defaults());
      try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, BatchOptions.defaults())) {
        analyzer.analyze(items.iterator(), outcome -> messages.add(c.name() + ": "
            + readTree(json.write(outcome.record(), false)).at("/error/message").asText()));
      }
    }

    assertThat(messages).hasSize(cases.size());
    assertThat(messages.get(0)).startsWith("bomb.txt.gz: ").contains("--max-bytes");
    assertThat(messages.get(1)).startsWith("huge-string.json: ").contains("--max-sentence-tokens");
    assertThat(messages.get(2)).startsWith("one-line.txt: ").contains("--max-sentence-tokens");
    assertThat(messages.get(3)).startsWith("spans.html: ").contains("--max-html-elements");
  }

  @Test
  void withTruncationALongArticleIsAnalyzedUpToTheLimitAndFlagged() throws IOException {
    String story = BadInputCorpus.SENTENCE.repeat(40);
    List<Ingested> items = List.of(new Ingested.Accepted(org.newsgraph.ingest.RawDocument.text("long.txt", story)));
    BatchOptions options = BatchOptions.defaults().withLimits(new WorkLimits(200, 1_000, 50_000, true));
    List<JsonNode> written = new ArrayList<>();

    try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, options)) {
      analyzer.analyze(items.iterator(), outcome -> written.add(readTree(json.write(outcome.record(), false))));
    }

    JsonNode analysis = written.get(0);
    assertThat(schema.validate(analysis)).isEmpty();
    assertThat(analysis.at("/truncated/limit").asText()).isEqualTo("max-tokens");
    assertThat(analysis.at("/truncated/original_length").asInt()).isEqualTo(story.strip().length());
    assertThat(analysis.at("/article/text").asText()).hasSizeLessThan(story.length() / 2);
    assertThat(analysis.at("/article/text").asText()).endsWith("in May.");
  }
}
