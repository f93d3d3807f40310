package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Look-ups into one analysis tree: entities and places by entity id, the article's fields and its events. */
final class AnalysisView {

  private final JsonNode analysis;
  private final Map<String, JsonNode> entities = new HashMap<>();
  private final Map<String, JsonNode> places = new HashMap<>();
  private final Map<String, JsonNode> placesByName = new HashMap<>();

  private static final Set<String> PLACE_TYPES =
      Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION");

  AnalysisView(JsonNode analysis) {
    this.analysis = analysis;
    for (JsonNode entity : analysis.path("entities")) {
      entities.put(entity.path("id").asText(), entity);
    }
    for (JsonNode place : analysis.path("places")) {
      places.put(place.path("entity").asText(), place);
    }
    for (JsonNode entity : analysis.path("entities")) {
      if (PLACE_TYPES.contains(entity.path("type").asText()) || places.containsKey(entity.path("id").asText())) {
        placesByName.putIfAbsent(entity.path("name").asText(), entity);
      }
    }
  }

  JsonNode events() {
    return analysis.path("events");
  }

  JsonNode analysisTone() {
    return analysis.path("tone");
  }

  JsonNode article() {
    return analysis.path("article");
  }

  String articleId() {
    return text(article(), "id");
  }

  /** The entity with that id, or a missing node. */
  JsonNode entity(String id) {
    return id == null ? MissingNode.getInstance() : entities.getOrDefault(id, MissingNode.getInstance());
  }

  /**
   * The place entity an event's {@code place} names: events give a place entity's canonical name; an entity id is
   * taken too. A missing node when neither matches.
   */
  JsonNode placeEntity(String reference) {
    if (reference == null) {
      return MissingNode.getInstance();
    }
    JsonNode byId = entity(reference);
    return byId.isMissingNode() ? placesByName.getOrDefault(reference, MissingNode.getInstance()) : byId;
  }

  /** The gazetteer entry of a place entity in {@code places[]}, or a missing node. */
  JsonNode place(String entityId) {
    return entityId == null ? MissingNode.getInstance() : places.getOrDefault(entityId, MissingNode.getInstance());
  }

  /** The article text under an event's evidence range, or null. */
  String evidenceText(JsonNode event) {
    JsonNode evidence = event.path("evidence");
    String body = text(article(), "text");
    if (!evidence.isObject() || body == null) {
      return null;
    }
    int start = evidence.path("start").asInt(-1);
    int end = evidence.path("end").asInt(-1);
    return start >= 0 && end >= start && end <= body.length() ? body.substring(start, end) : null;
  }

  /** Whether an event's evidence starts in the article's first paragraph (text before the first blank line). */
  boolean inLeadParagraph(JsonNode event) {
    String body = text(article(), "text");
    int start = event.path("evidence").path("start").asInt(-1);
    if (body == null || start < 0) {
      return false;
    }
    int leadEnd = body.indexOf("\n\n");
    return leadEnd < 0 || start < leadEnd;
  }

  /** A number that stays the same for the same article and event ids: 63 bits of their SHA-256. */
  long stableId(JsonNode event) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((articleId() + "/" + text(event, "id")).getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return value & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** A field's text, null when absent or JSON null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  /** A field's number, null when absent or not a number. */
  static Double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asDouble() : null;
  }
}
