package org.newsgraph.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.Newsgraph;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.pipeline.StandardPipeline;

/**
 * The bundled examples analyzed once per test JVM (CoreNLP takes half a minute to load), and stores built from
 * them.
 */
final class ExampleAnalyses {

  /** An article of real names (the examples' are made up), so that knowledge-base ids and countries are found. */
  static final String SUMMIT = """
      BERLIN — German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday to discuss \
      military aid for Ukraine.

      "Europe must stand together," Scholz told reporters after the meeting.

      NATO Secretary General Jens Stoltenberg said the alliance would send more air defence systems to Ukraine. \
      Russian forces attacked the city of Kharkiv overnight, Ukrainian officials said.

      Macron said France would not send troops to Ukraine.
      """;

  private static List<Outcome> outcomes;

  private ExampleAnalyses() {}

  /**
   * The outcomes of the examples folder's articles (its README left out) in name order, then of the summit
   * article (Test Wire, 2024-05-14), then of a binary file that becomes an error record.
   */
  static synchronized List<Outcome> outcomes() throws IOException {
    if (outcomes == null) {
      DocumentReader reader = new DocumentReader();
      List<Ingested> inputs = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
        for (Path file : files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList()) {
          inputs.addAll(reader.read(file, ReadOptions.defaults()));
        }
      }
      inputs.add(Ingested.accepted(new RawDocument("summit.txt", SUMMIT, InputFormat.TEXT,
          new SourceMetadata(null, null, "Test Wire", "2024-05-14"))));
      inputs.addAll(reader.read(new ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 0, 0, 3}),
          "scan.pdf", ReadOptions.defaults()));
      List<Outcome> analyzed = new ArrayList<>();
      try (BatchAnalyzer analyzer = new BatchAnalyzer(
          StandardPipeline.build(new CoreNlpAnnotator(CoreNlpConfig.defaults())), BatchOptions.defaults())) {
        analyzer.analyze(inputs.iterator(), analyzed::add);
      }
      outcomes = List.copyOf(analyzed);
    }
    return outcomes;
  }

  static List<Analysis> analyses() throws IOException {
    return outcomes().stream().flatMap(o -> o.analyzed().stream()).toList();
  }

  /** A committed store in {@code folder} holding every example. */
  static Path store(Path folder) throws IOException {
    try (StoreWriter writer = StoreWriter.open(folder, Newsgraph.version())) {
      for (Outcome outcome : outcomes()) {
        if (outcome instanceof Outcome.Analyzed analyzed) {
          writer.put(analyzed.analysis(), outcome.input(), false);
        } else {
          writer.putError(((Outcome.Failed) outcome).error());
        }
      }
      writer.commit();
    }
    return folder;
  }
}
