package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.event.CameoCode;
import org.newsgraph.event.PloverMapping;

/**
 * Writes events as PLOVER event records, one JSON object a line, with the field names of the PLOVER manual's
 * JSON tables (event, actor and location objects, text and citation information); see {@code docs/export.md}.
 */
public final class PloverRecordWriter implements EventExporter {

  private static final Pattern FULL_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  private final ObjectMapper mapper = new ObjectMapper();
  private final PloverMapping mapping;
  private final CameoTypeCodes typeCodes;

  public PloverRecordWriter(PloverMapping mapping, CameoTypeCodes typeCodes) {
    this.mapping = mapping;
    this.typeCodes = typeCodes;
  }

  @Override
  public void write(JsonNode analysis, Appendable out) throws IOException {
    for (ObjectNode record : records(analysis)) {
      out.append(mapper.writeValueAsString(record)).append('\n');
    }
  }

  /** One PLOVER record per event of the analysis. */
  public List<ObjectNode> records(JsonNode analysis) {
    AnalysisView view = new AnalysisView(analysis);
    List<ObjectNode> records = new ArrayList<>();
    for (JsonNode event : view.events()) {
      records.add(record(view, event));
    }
    return records;
  }

  private ObjectNode record(AnalysisView view, JsonNode event) {
    ObjectNode record = mapper.createObjectNode();
    record.put("id", view.articleId() + "-" + AnalysisView.text(event, "id"));
    String date = AnalysisView.text(event, "date");
    if (date != null && FULL_DATE.matcher(date).matches()) {
      record.put("date", date);
    } else if (date != null) {
      // PLOVER's date is a full YYYY-MM-DD; a coarser TIMEX3 value (2022-FA, 2022-W19) is kept apart.
      record.put("date_timex", date);
    }
    ExportActor actor = ExportActor.of(event.path("actor"), view, typeCodes);
    if (actor != null) {
      record.set("actor", mapper.createArrayNode().add(actor(actor)));
    }
    ExportActor recipient = ExportActor.of(event.path("recipient"), view, typeCodes);
    if (recipient != null) {
      record.set("recipient", mapper.createArrayNode().add(actor(recipient)));
    }
    String cameo = AnalysisView.text(event, "cameo");
    Optional<CameoCode> reading = mapping.lookup(cameo);
    String type = AnalysisView.text(event, "type");
    if (type == null) {
      type = reading.map(CameoCode::ploverType).orElse(null);
    }
    record.set("event", type == null ? mapper.createArrayNode() : mapper.createArrayNode().add(type));
    String mode = AnalysisView.text(event, "mode");
    if (mode != null) {
      record.set("mode", mapper.createArrayNode().add(mode));
    }
    List<String> contexts = reading.map(CameoCode::contexts).orElse(List.of());
    if (!contexts.isEmpty()) {
      ArrayNode context = record.putArray("context");
      contexts.forEach(context::add);
    }
    Integer quad = event.path("quad").isInt() ? event.path("quad").asInt() : reading.map(CameoCode::quad)
        .orElse(null);
    if (quad != null) {
      record.put("quad_code", quad);
    }
    Double goldstein = AnalysisView.number(event, "goldstein");
    if (goldstein == null) {
      goldstein = reading.map(CameoCode::goldstein).orElse(null);
    }
    if (goldstein != null) {
      record.put("event_scale", goldstein);
    }
    if (cameo != null) {
      record.put("cameo", cameo);
    }
    ExportPlace place = ExportPlace.of(event, view);
    if (place != null) {
      record.set("event_loc", location(place));
    }
    String evidence = view.evidenceText(event);
    if (evidence != null) {
      record.set("event_text", mapper.createArrayNode().add(evidence));
      ObjectNode info = record.putObject("text_info");
      info.put("start", event.path("evidence").path("start").asInt());
      info.put("end", event.path("evidence").path("end").asInt());
    }
    for (String flag : List.of("negated", "hypothetical", "future")) {
      if (event.path(flag).asBoolean(false)) {
        record.put(flag, true);
      }
    }
    record.set("cite_info", citation(view.article()));
    record.put("coder", "newsgraph");
    return record;
  }

  private ObjectNode actor(ExportActor actor) {
    ObjectNode node = mapper.createObjectNode();
    putIfPresent(node, "code", actor.country());
    putIfPresent(node, "sector", actor.sector());
    if (actor.types().size() > 1) {
      ArrayNode others = node.putArray("other_sector_codes");
      actor.types().subList(1, actor.types().size()).forEach(others::add);
    }
    putIfPresent(node, "entity_text", actor.name());
    putIfPresent(node, "identifier_id", actor.kbId());
    putIfPresent(node, "identifier_text", actor.kbName());
    putIfPresent(node, "cameo", actor.code());
    return node;
  }

  private ObjectNode location(ExportPlace place) {
    ObjectNode node = mapper.createObjectNode();
    putIfPresent(node, "extracted_place", place.extracted());
    putIfPresent(node, "resolved_place", place.name());
    if (place.geonamesId() != null) {
      node.put("geonameid", place.geonamesId());
    }
    if (place.lat() != null) {
      node.put("lat", place.lat());
    }
    if (place.lon() != null) {
      node.put("lon", place.lon());
    }
    putIfPresent(node, "country_code", place.country());
    if (place.feature() != null) {
      // GeoNames classes: A for countries and divisions, P for populated places.
      putIfPresent(node, "feature_class", place.isPopulatedPlace() ? "P"
          : place.isCountry() || place.feature().startsWith("ADM") ? "A" : null);
      node.put("feature_code", place.feature());
    }
    Integer resolution = place.isCountry() ? Integer.valueOf(1) : place.isFirstLevelDivision() ? Integer.valueOf(2)
        : "ADM2".equals(place.feature()) ? Integer.valueOf(3) : place.isPopulatedPlace() ? Integer.valueOf(4) : null;
    if (resolution != null) {
      node.put("resolution", resolution);
    }
    return node;
  }

  private ObjectNode citation(JsonNode article) {
    ObjectNode node = mapper.createObjectNode();
    putIfPresent(node, "url", AnalysisView.text(article, "url"));
    putIfPresent(node, "title", AnalysisView.text(article, "title"));
    putIfPresent(node, "publication", AnalysisView.text(article, "outlet"));
    putIfPresent(node, "language", AnalysisView.text(article, "language"));
    putIfPresent(node, "citation", AnalysisView.text(article, "id"));
    node.put("coder", "newsgraph");
    return node;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
