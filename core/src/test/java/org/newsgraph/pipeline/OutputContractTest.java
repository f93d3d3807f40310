package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.nlp.TestAnnotator;

/** The JSON the pipeline writes obeys schema newsgraph/1 and its offset invariant. */
class OutputContractTest {

  private static final String STORY = """
      Senators Back Flood Relief Bill

      WASHINGTON — The Senate voted 68-31 on Tuesday to send $2.5 billion in flood relief to Iowa and Nebraska, \
      ending a standoff that had lasted since last month.

      “Families in the river towns cannot wait another season,” said Senator Maria Alvarez, a Democrat from \
      Colorado. Alvarez said the money would reach local governments by this fall.

      The Federal Emergency Management Agency (FEMA) estimated that 14,000 homes were damaged, according to a \
      report released last week. FEMA officials said about 12 percent of them were uninsured.
      """;

  private static Schema schema;
  private static Pipeline pipeline;
  private final AnalysisJson json = new AnalysisJson();
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = OutputContractTest.class.getResourceAsStream(
        "/org/newsgraph/schema/newsgraph-1.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    pipeline = StandardPipeline.build(TestAnnotator.get());
  }

  private JsonNode analyze(String text) throws Exception {
    RawDocument raw = new RawDocument("story.txt", text, org.newsgraph.ingest.InputFormat.TEXT,
        new SourceMetadata("https://example.org/flood", null, "Example Wire", "2023-06-14"));
    return mapper.readTree(json.write(pipeline.analyze(raw), false));
  }

  @Test
  void analysisOfARealisticStoryValidatesAgainstTheSchema() throws Exception {
    JsonNode analysis = analyze(STORY);

    assertThat(schema.validate(analysis)).isEmpty();
  }

  @Test
  void everySpanCoversExactlyItsTextInTheArticle() throws Exception {
    JsonNode analysis = analyze(STORY);
    String text = analysis.at("/article/text").asText();

    List<String> broken = new ArrayList<>();
    checkSpans(analysis, "", text, broken);

    assertThat(broken).isEmpty();
  }

  @Test
  void contractArraysAreWrittenEvenWhenEmpty() throws Exception {
    JsonNode analysis = analyze("The council met on Monday and adjourned without a vote.");

    for (String key : List.of("entities", "quotes", "times", "figures", "events", "places", "framing")) {
      assertThat(analysis.get(key)).as(key).isNotNull();
      assertThat(analysis.get(key).isArray()).as(key).isTrue();
    }
  }

  @Test
  void anAnalysisNamesItsInputAsErrorRecordsDo() throws Exception {
    JsonNode analysis = analyze(STORY);

    assertThat(analysis.at("/input").asText()).isEqualTo("story.txt");
  }

  @Test
  void aTruncatedAnalysisSaysSoAndValidatesAgainstTheSchema() throws Exception {
    RawDocument raw = RawDocument.text("feed.jsonl#7", STORY);
    WorkLimits limits = new WorkLimits(40, 200, 1_000, true);
    JsonNode analysis = mapper.readTree(json.write(pipeline.analyze(raw, limits, StageListener.NONE), false));

    assertThat(schema.validate(analysis)).isEmpty();
    assertThat(analysis.at("/truncated/limit").asText()).isEqualTo("max-tokens");
    assertThat(analysis.at("/truncated/original_length").asInt())
        .isGreaterThan(analysis.at("/article/text").asText().length());
    assertThat(analysis.at("/input").asText()).isEqualTo("feed.jsonl#7");
  }

  @Test
  void anAnalysisWithinTheLimitsCarriesNoTruncation() throws Exception {
    assertThat(analyze(STORY).has("truncated")).isFalse();
  }

  @Test
  void errorRecordsValidateAgainstTheSchema() throws Exception {
    JsonNode error = mapper.readTree(json.write(ErrorRecord.of("empty.txt", "EMPTY_INPUT", "the input is empty"),
        false));

    assertThat(schema.validate(error)).isEmpty();
  }

  @Test
  void schemaRejectsASpanWithoutOffsets() throws Exception {
    JsonNode analysis = analyze(STORY);
    ((com.fasterxml.jackson.databind.node.ArrayNode) analysis.get("times")).addObject()
        .put("text", "Tuesday").put("end", 7).put("type", "DATE").put("value", "2023-06-13");

    assertThat(schema.validate(analysis)).isNotEmpty();
  }

  /** Walks the tree; any object with start, end and text must cover that text, except removals (source offsets). */
  private static void checkSpans(JsonNode node, String path, String text, List<String> broken) {
    if (node.isObject()) {
      if (node.has("start") && node.has("end") && node.has("text") && !path.contains("/removed")) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        String expected = node.get("text").asText();
        if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(expected)) {
          broken.add(path + " " + node);
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!(path.isEmpty() && field.getKey().equals("article"))) {
          checkSpans(field.getValue(), path + "/" + field.getKey(), text, broken);
        } else {
          checkSpans(field.getValue().path("removed"), "/article/removed", text, broken);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkSpans(node.get(i), path + "/" + i, text, broken);
      }
    }
  }
}
