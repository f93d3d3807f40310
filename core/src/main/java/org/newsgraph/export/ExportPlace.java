package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where an event happened: its place entity resolved to a gazetteer entry, from the entity's {@code kb}, else
 * from the analysis's {@code places[]}.
 *
 * @param extracted the words of the place's first mention
 * @param name the gazetteer's name, else the entity's
 * @param country ISO 3166 alpha-3, or null
 * @param feature GeoNames feature code ({@code PPLC}, {@code ADM1}, {@code PCLI}…), or null
 */
record ExportPlace(String extracted, String name, Long geonamesId, Double lat, Double lon, String country,
    String feature) {

  /** The place of an event, or null when it names none. */
  static ExportPlace of(JsonNode event, AnalysisView analysis) {
    String entityId = AnalysisView.text(event, "place");
    JsonNode entity = analysis.entity(entityId);
    if (entityId == null || entity.isMissingNode()) {
      return null;
    }
    JsonNode kb = entity.path("kb");
    JsonNode gazetteer = kb.has("lat") || kb.has("country") || kb.has("feature") ? kb : analysis.place(entityId);
    String name = AnalysisView.text(gazetteer, "name");
    JsonNode id = gazetteer.path("geonames_id");
    return new ExportPlace(entity.path("mentions").path(0).path("text").asText(AnalysisView.text(entity, "name")),
        name != null ? name : AnalysisView.text(entity, "name"), id.canConvertToLong() ? id.asLong() : null,
        AnalysisView.number(gazetteer, "lat"), AnalysisView.number(gazetteer, "lon"),
        AnalysisView.text(gazetteer, "country"), AnalysisView.text(gazetteer, "feature"));
  }

  boolean isCountry() {
    return feature != null && feature.startsWith("PCL");
  }

  boolean isFirstLevelDivision() {
    return "ADM1".equals(feature);
  }

  boolean isPopulatedPlace() {
    return feature != null && feature.startsWith("PPL");
  }
}
