package org.newsgraph.ingest;

import java.util.Optional;
import org.newsgraph.ingest.RejectedInputException.Reason;
import org.newsgraph.model.ErrorRecord;

/** One item read from an input: a document to analyze, or the error record that stands for a bad one. */
public sealed interface Ingested {

  /** The input's name, or the item's ({@code feed.jsonl#3}). */
  String name();

  /** The document, when this item was read well. */
  Optional<RawDocument> document();

  /** A document read well. */
  record Accepted(RawDocument raw) implements Ingested {
    @Override
    public String name() {
      return raw.name();
    }

    @Override
    public Optional<RawDocument> document() {
      return Optional.of(raw);
    }
  }

  /** An input or item that cannot become a document, and why. */
  record Rejected(ErrorRecord error) implements Ingested {
    @Override
    public String name() {
      return error.input();
    }

    @Override
    public Optional<RawDocument> document() {
      return Optional.empty();
    }

    /** The reason's code, as in {@link RejectedInputException.Reason}. */
    public String code() {
      return error.error().code();
    }
  }

  static Ingested accepted(RawDocument raw) {
    return new Accepted(raw);
  }

  static Ingested rejected(String name, Reason reason, String message) {
    return new Rejected(ErrorRecord.of(name, reason.name(), message));
  }

  static Ingested rejected(String name, RejectedInputException e) {
    return rejected(name, e.reason(), e.getMessage());
  }
}
