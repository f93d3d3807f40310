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

  /**
   * The place of an event, or null when it names none. Gazetteer fields come from {@code places[]}, else from the
   * entity's {@code kb}; a place that names no entity keeps only its words.
   */
  static ExportPlace of(JsonNode event, AnalysisView analysis) {
    String reference = AnalysisView.text(event, "place");
    if (reference == null || reference.isBlank()) {
      return null;
    }
    JsonNode entity = analysis.placeEntity(reference);
    if (entity.isMissingNode()) {
      return new ExportPlace(reference, reference, null, null, null, null, null);
    }
    JsonNode gazetteer = analysis.place(AnalysisView.text(entity, "id"));
    JsonNode kb = entity.path("kb");
    String name = first(AnalysisView.text(gazetteer, "name"), AnalysisView.text(kb, "name"),
        AnalysisView.text(entity, "name"));
    JsonNode id = gazetteer.has("geonames_id") ? gazetteer.path("geonames_id") : kb.path("geonames_id");
    Double lat = AnalysisView.number(gazetteer, "lat");
    Double lon = AnalysisView.number(gazetteer, "lon");
    return new ExportPlace(entity.path("mentions").path(0).path("text").asText(name), name,
        id.canConvertToLong() ? id.asLong() : null, lat != null ? lat : AnalysisView.number(kb, "lat"),
        lon != null ? lon : AnalysisView.number(kb, "lon"),
        first(AnalysisView.text(gazetteer, "country"), AnalysisView.text(kb, "country")),
        first(AnalysisView.text(gazetteer, "feature"), AnalysisView.text(kb, "feature")));
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
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
