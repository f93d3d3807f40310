package org.newsgraph.eval.store;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Pipeline;

/**
 * Real analyses to fill benchmark stores with: a folder of article texts analyzed once and kept as JSON Lines, so
 * later runs skip the analysis. PolNeAR file names ({@code nyt_2016-10-03_title.txt}) give outlet and date.
 */
public final class RealAnalyses {

  private final AnalysisJson json = new AnalysisJson();

  /** The texts of {@code folder} as documents, with outlet and date read from PolNeAR-style file names. */
  public List<RawDocument> texts(Path folder) throws IOException {
    List<RawDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String[] parts = file.getFileName().toString().split("_", 3);
        SourceMetadata metadata = parts.length == 3 && parts[1].matches("\\d{4}-\\d{2}-\\d{2}")
            ? new SourceMetadata(null, null, parts[0], parts[1]) : SourceMetadata.NONE;
        documents.add(new RawDocument(file.toString(), Files.readString(file, StandardCharsets.UTF_8),
            InputFormat.TEXT, metadata));
      }
    }
    return documents;
  }

  /** The cached analyses in {@code cache}, or analyzes {@code texts} with {@code pipeline} and caches them. */
  public List<Analysis> load(Path cache, List<RawDocument> texts, Pipeline pipeline, int threads)
      throws IOException {
    if (Files.isRegularFile(cache)) {
      return read(cache);
    }
    List<Analysis> analyses = new ArrayList<>();
    List<Ingested> inputs = texts.stream().map(Ingested::accepted).toList();
    try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline,
        new BatchOptions(threads, BatchOptions.DEFAULT_TIMEOUT))) {
      analyzer.analyze(inputs.iterator(), outcome -> outcome.analyzed().ifPresent(analyses::add));
    }
    Files.createDirectories(cache.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      for (Analysis analysis : analyses) {
        out.write(json.write(analysis, false));
        out.newLine();
      }
    }
    return analyses;
  }

  /** Analyses from JSON Lines as {@code newsgraph analyze} writes them. */
  public List<Analysis> read(Path file) throws IOException {
    ObjectMapper mapper = json.mapper();
    List<Analysis> analyses = new ArrayList<>();
    try (MappingIterator<Analysis> records = mapper.readerFor(Analysis.class).readValues(file.toFile())) {
      while (records.hasNextValue()) {
        analyses.add(records.nextValue());
      }
    }
    return analyses;
  }
}
