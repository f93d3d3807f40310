package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.function.Consumer;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * Unpacks JSON article records {@code {url?, title?, outlet?, published?, text | html}} into documents. A JSON input
 * holds one record or an array of them; a JSON Lines input holds one record a line. When a record has both, its
 * {@code text} is used: it is already clean. Metadata from the command line wins over the record's.
 */
final class JsonRecords {

  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** A whole JSON input: one record, or an array whose items are named {@code name#1}, {@code name#2}, ... */
  void readDocument(String name, String json, SourceMetadata overrides, Consumer<Ingested> sink) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      sink.accept(Ingested.rejected(name, Reason.BAD_JSON, "malformed JSON: " + e.getOriginalMessage()
          + location(e)));
      return;
    }
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        sink.accept(record(name + "#" + (i + 1), root.get(i), overrides));
      }
      if (root.isEmpty()) {
        sink.accept(Ingested.rejected(name, Reason.EMPTY_INPUT, "the JSON array has no records"));
      }
      return;
    }
    sink.accept(record(name, root, overrides));
  }

  /** One line of a JSON Lines input, already named. */
  Ingested readLine(String name, String line, SourceMetadata overrides) {
    try {
      return record(name, mapper.readTree(line), overrides);
    } catch (JacksonException e) {
      return Ingested.rejected(name, Reason.BAD_JSON, "malformed JSON: " + e.getOriginalMessage() + location(e));
    }
  }

  private static Ingested record(String name, JsonNode node, SourceMetadata overrides) {
    if (node == null || !node.isObject()) {
      return Ingested.rejected(name, Reason.BAD_JSON, "expected a JSON object {url?, title?, outlet?, published?, "
          + "text | html}, found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
    }
    try {
      String text = string(node, "text");
      String html = string(node, "html");
      SourceMetadata found = new SourceMetadata(string(node, "url"), string(node, "title"), string(node, "outlet"),
          string(node, "published"));
      SourceMetadata metadata = overrides.orElse(found);
      if (text != null && !TextDecoder.isBlank(text)) {
        return Ingested.accepted(new RawDocument(name, text, InputFormat.TEXT, metadata));
      }
      if (html != null && !TextDecoder.isBlank(html)) {
        return Ingested.accepted(new RawDocument(name, html, InputFormat.HTML, metadata));
      }
      return Ingested.rejected(name, Reason.NO_TEXT, "the record has no \"text\" or \"html\" with content");
    } catch (RejectedInputException e) {
      return Ingested.rejected(name, e);
    }
  }

  private static String string(JsonNode node, String field) throws RejectedInputException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new RejectedInputException(Reason.BAD_JSON, "field \"" + field + "\" must be a string, found "
          + value.getNodeType().name().toLowerCase());
    }
    return value.asText();
  }

  private static String location(JacksonException e) {
    var at = e.getLocation();
    return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
