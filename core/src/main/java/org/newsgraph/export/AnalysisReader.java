package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads analyses back from what {@code newsgraph analyze} writes: one JSON document, several concatenated, or JSON
 * Lines. Error records (those with an {@code error} field) and anything without {@code article} are skipped.
 */
public final class AnalysisReader {

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Hands each analysis of the input to {@code sink}, in input order.
   *
   * @return how many records were skipped as error records or non-analyses
   */
  public int read(Reader input, Consumer<JsonNode> sink) throws IOException {
    int skipped = 0;
    try (MappingIterator<JsonNode> records = mapper.readerFor(JsonNode.class).readValues(input)) {
      while (records.hasNextValue()) {
        JsonNode record = records.nextValue();
        if (record.has("error") || !record.path("article").isObject()) {
          skipped++;
        } else {
          sink.accept(record);
        }
      }
    }
    return skipped;
  }
}
