package org.newsgraph.ingest;

/** The formats newsgraph reads. */
public enum InputFormat {
  TEXT,
  HTML,
  JSON,
  JSONL,
  /** A web archive: each HTML response record is one document. */
  WARC,
  /** An RSS or Atom feed: each item is one document. */
  FEED
}
