package org.newsgraph.eval.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}, PLOVER 0.5 labels), mapping the labels
 * PLOVER 2.0 renamed or merged: DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE
 * (PLOVER 2.0 codes investigations as ACCUSE with mode {@code investigate}). The file's DOCUMENT record is skipped.
 */
public final class PloverGold {

  /** PLOVER 0.5 labels that PLOVER 2.0 renamed. */
  public static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT",
      "ASSAULT", "INVESTIGATE", "ACCUSE");

  private PloverGold() {}

  public static List<PloverRecord> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<PloverRecord> records = new ArrayList<>();
    for (JsonNode node : root) {
      String label = node.path("event").asText();
      String text = node.path("text").asText("").strip();
      if (label.equals("DOCUMENT") || text.isEmpty()) {
        continue;
      }
      records.add(new PloverRecord(node.path("id").asText(), text, node.path("date").asText("2000-01-01"), label,
          RENAMED.getOrDefault(label, label), countries(node.path("source")), countries(node.path("target"))));
    }
    return records;
  }

  private static List<String> countries(JsonNode actors) {
    List<String> codes = new ArrayList<>();
    if (actors.isArray()) {
      for (JsonNode actor : actors) {
        String code = actor.path("code").asText("");
        if (code.length() >= 3) {
          codes.add(code.substring(0, 3));
        }
      }
    }
    return codes;
  }
}
