package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.ErrorRecord;

/**
 * One item read from the input, in a form Spark can move between tasks: a document (content, format, all the
 * metadata its reader found, so an analysis equals the one {@code newsgraph analyze} gives) or
 * the reason it could not be read (error code and message).
 */
record SourceRecord(String name, String content, String format, String url, String title, String outlet,
    String published, String fetched, List<String> flags, List<String> authors, String errorCode,
    String errorMessage) implements Serializable {

  SourceRecord {
    // Immutable lists are serializable; the reader's may not be.
    flags = flags == null ? List.of() : List.copyOf(flags);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  static SourceRecord of(Ingested item) {
    if (item instanceof Ingested.Accepted accepted) {
      RawDocument raw = accepted.raw();
      SourceMetadata meta = raw.metadata();
      return new SourceRecord(raw.name(), raw.content(), raw.format().name(), meta.url(), meta.title(),
          meta.outlet(), meta.published(), meta.fetched(), meta.flags(), meta.authors(), null, null);
    }
    ErrorRecord error = ((Ingested.Rejected) item).error();
    return rejected(error.input(), error.error().code(), error.error().message());
  }

  static SourceRecord rejected(String name, String code, String message) {
    return new SourceRecord(name, null, null, null, null, null, null, null, null, null, code, message);
  }

  Ingested toIngested() {
    if (errorCode != null) {
      return new Ingested.Rejected(ErrorRecord.of(name, errorCode, errorMessage));
    }
    return Ingested.accepted(new RawDocument(name, content, InputFormat.valueOf(format),
        new SourceMetadata(url, title, outlet, published, fetched, flags, authors)));
  }
}
