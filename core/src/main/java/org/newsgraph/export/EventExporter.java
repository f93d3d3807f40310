package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Writes the events of one analysis in some other data set's format, one line per event. */
public interface EventExporter {

  /** Appends one line, ending in {@code \n}, per event of {@code analysis} (a {@code newsgraph/1} JSON tree). */
  void write(JsonNode analysis, Appendable out) throws IOException;
}
