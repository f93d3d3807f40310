package org.newsgraph.ingest;

/** The formats newsgraph reads. */
public enum InputFormat {
  TEXT,
  HTML,
  JSON,
  JSONL
}
