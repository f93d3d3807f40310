package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An event's actor or recipient with what the analysis knows of it: its words, its CAMEO code and, where the code
 * says nothing, the linked entity's knowledge-base facts.
 *
 * @param name the name the event gives it
 * @param code the CAMEO actor code, or null
 * @param country ISO 3166 alpha-3 (also the CAMEO country), or null
 * @param types CAMEO type codes; the first is the PLOVER sector
 * @param kbId the knowledge base's identifier, or null
 * @param kbName the knowledge base's name, or null
 * @param kind the knowledge base's kind ({@code country}, {@code igo}, …), or null
 */
record ExportActor(String name, String code, String country, List<String> types, String kbId, String kbName,
    String kind) {

  ExportActor {
    types = List.copyOf(types);
  }

  /** The actor of an event's {@code actor}/{@code recipient} node, or null when the node is absent. */
  static ExportActor of(JsonNode actor, AnalysisView analysis, CameoTypeCodes typeCodes) {
    if (!actor.isObject()) {
      return null;
    }
    JsonNode kb = analysis.entity(AnalysisView.text(actor, "entity")).path("kb");
    String code = AnalysisView.text(actor, "code");
    if (code == null) {
      code = AnalysisView.text(kb, "cameo");
    }
    CameoActorCode parts = CameoActorCode.parse(code, typeCodes);
    // The event's own code is the most specific (RUSMIL for a ministry of a country entity); kb fills its gaps.
    String country = parts.country() != null ? parts.country() : AnalysisView.text(kb, "country");
    String sector = AnalysisView.text(kb, "sector");
    List<String> types = !parts.types().isEmpty() || sector == null ? parts.types() : List.of(sector);
    return new ExportActor(AnalysisView.text(actor, "name"), code, country, types, AnalysisView.text(kb, "id"),
        AnalysisView.text(kb, "name"), AnalysisView.text(kb, "kind"));
  }

  String sector() {
    return types.isEmpty() ? null : types.get(0);
  }

  /** The CAMEO code of a known organization: the last part of an IGO's code ({@code IGOWSTNAT} → {@code NAT}). */
  String knownGroup() {
    return "igo".equals(kind) && code != null && code.length() >= 6 ? code.substring(code.length() - 3) : null;
  }
}
