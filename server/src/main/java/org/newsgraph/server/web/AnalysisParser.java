package org.newsgraph.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.model.Analysis;

/** Reads a stored {@code newsgraph/1} document back into the records the pages render; thread-safe. */
public final class AnalysisParser {

  // Unknown fields are fine: a newer engine may have written fields this server does not show.
  private final ObjectMapper mapper = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public Analysis parse(String json) {
    try {
      return mapper.readValue(json, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored analysis is not newsgraph/1 JSON: " + e.getOriginalMessage(), e);
    }
  }
}
