package org.newsgraph.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes analyses and error records as {@code newsgraph/1} JSON; thread-safe. */
public final class AnalysisJson {

  private final ObjectMapper mapper = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private final ObjectWriter compact = mapper.writer();
  private final ObjectWriter pretty = mapper.writerWithDefaultPrettyPrinter();

  /** One JSON document; on one line unless {@code indent}. */
  public String write(Object record, boolean indent) {
    try {
      return (indent ? pretty : compact).writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + record.getClass().getSimpleName(), e);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }
}
