package org.newsgraph.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.store.StoreWriter;

/**
 * Loads analyses computed elsewhere ({@code newsgraph analyze} output, a Spark job's JSON Lines) into a store,
 * with no analysis: each record is stored as it is, an error record as an error record. Resumable like an ingest:
 * the store's record of done inputs says how many records of each file are stored.
 */
public final class AnalysisLoader {

  private final ObjectMapper mapper = new AnalysisJson().mapper();
  private final IngestOptions options;

  public AnalysisLoader(IngestOptions options) {
    this.options = options;
  }

  /** Loads every record of {@code sources} (one JSON document, several, or JSON Lines each) and commits. */
  public IngestSummary run(List<InputSource> sources, StoreWriter store, IngestListener listener) throws IOException {
    long skipped = 0;
    long items = 0;
    long stored = 0;
    long already = 0;
    long errors = 0;
    long commits = 0;
    long sinceCommit = 0;
    listener.started(sources.size(), 0);
    for (InputSource source : sources) {
      if (source.isStdin() || (!options.replace() && store.record().isComplete(source.id()))) {
        skipped += source.isStdin() ? 0 : 1;
        continue;
      }
      long done = options.replace() ? 0 : store.record().itemsDone(source.id());
      long index = 0;
      try (InputStream in = Files.newInputStream(source.path());
          MappingIterator<JsonNode> records = mapper.readerFor(JsonNode.class).readValues(in)) {
        while (records.hasNextValue()) {
          JsonNode record = records.nextValue();
          if (index++ < done) {
            continue;
          }
          String input = source.path() + "#" + index;
          items++;
          if (record.has("error")) {
            ErrorRecord error = mapper.treeToValue(record, ErrorRecord.class);
            store.putError(error);
            errors++;
          } else if (record.path("article").isObject()) {
            Analysis analysis = mapper.treeToValue(record, Analysis.class);
            if (store.put(analysis, analysis.input() != null ? analysis.input() : input, options.replace())) {
              stored++;
            } else {
              already++;
            }
          } else {
            store.putError(ErrorRecord.of(input, "BAD_JSON", "neither an analysis nor an error record"));
            errors++;
          }
          store.itemsDone(source.id(), index);
          if (++sinceCommit >= options.commitEvery()) {
            store.commit();
            commits++;
            sinceCommit = 0;
          }
        }
      } catch (JsonProcessingException e) {
        store.putError(ErrorRecord.of(source.path().toString(), "BAD_JSON",
            "not analyses as newsgraph writes them: " + e.getOriginalMessage()));
        errors++;
      }
      store.sourceDone(source.id());
      listener.stored(null, new IngestSummary(skipped, items, stored, already, errors, commits));
    }
    store.commit();
    commits++;
    IngestSummary summary = new IngestSummary(skipped, items, stored, already, errors, commits);
    listener.committed(summary);
    return summary;
  }
}
