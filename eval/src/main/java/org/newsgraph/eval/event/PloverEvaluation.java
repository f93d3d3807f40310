package org.newsgraph.eval.event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Event;

/**
 * Runs the PLOVER gold records through the whole pipeline (each sentence an article dated by its record) and
 * scores the events it finds against the gold event type and actor countries.
 */
public final class PloverEvaluation {

  private final Newsgraph pipeline;

  public PloverEvaluation(Newsgraph pipeline) {
    this.pipeline = pipeline;
  }

  public PloverReport evaluate(Path file) throws IOException {
    List<PloverRecord> records = PloverGold.read(file);
    List<List<Event>> predicted = new ArrayList<>();
    long started = System.nanoTime();
    for (PloverRecord r : records) {
      predicted.add(events(r));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new PloverReport(records, predicted, seconds);
  }

  private List<Event> events(PloverRecord r) {
    RawDocument raw = new RawDocument(r.id(), r.text(), InputFormat.TEXT,
        new SourceMetadata(null, null, null, r.date()));
    try {
      return pipeline.analyze(raw).events();
    } catch (RejectedInputException e) {
      return List.of();
    }
  }
}
