package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.BatchOptions;

/** The README's Java example is this class's {@code example} method, line for line, so it always compiles. */
class ReadmeExampleTest {

  private static final String START = "// README example: start";
  private static final String END = "// README example: end";

  @SuppressWarnings("unused")
  private static void example(String text) throws Exception {
    // README example: start
    Newsgraph engine = Newsgraph.builder()           // once per JVM: loads the models (about a minute)
        .backbone(CoreNlpConfig.defaults())
        .batches(new BatchOptions(4, Duration.ofSeconds(60)))
        .build();

    Analysis analysis = engine.analyzeText("story.txt", text,
        new SourceMetadata(null, "Talks resume in Doha", "Example Wire", "2024-02-12"));
    for (Quote quote : analysis.quotes()) {
      String speaker = quote.speaker() == null ? "(unattributed)" : quote.speaker().name();
      System.out.println(speaker + ": " + quote.text());
    }

    // Many articles, on the threads of BatchOptions: one analysis or error record per input, in input order.
    AnalysisJson json = new AnalysisJson();
    engine.analyzeAll(engine.read(Path.of("articles.jsonl")).iterator(),
        outcome -> System.out.println(json.write(outcome.record(), false)));

    String engineVersion = Newsgraph.version();        // the store records it beside each analysis
    // README example: end
  }

  @Test
  void theReadmeHoldsTheExampleThisClassCompiles() throws Exception {
    Path module = Path.of(System.getProperty("basedir", "."));
    List<String> source = Files.readAllLines(
        module.resolve("src/test/java/org/newsgraph/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    int start = indexOf(source, START) + 1;
    int end = indexOf(source, END);
    int indent = source.get(start).indexOf(source.get(start).strip());
    String example = source.subList(start, end).stream()
        .map(line -> line.length() > indent ? line.substring(indent) : line.strip())
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(module.resolve("../README.md"), StandardCharsets.UTF_8);

    assertThat(example).contains("Newsgraph.builder()");
    assertThat(readme).contains(example);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker missing: " + marker);
  }
}
