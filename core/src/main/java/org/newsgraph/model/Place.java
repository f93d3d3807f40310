package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A place entity resolved to a gazetteer entry.
 *
 * @param entity the document entity's id
 * @param name the gazetteer's name for the place ("Washington, D.C.")
 * @param country ISO 3166 alpha-3 code
 * @param feature GeoNames feature code: PPLC capital, PPLA.. seats, PPL city, ADM1 first-level division, PCLI country
 * @param lat latitude, absent for divisions and countries
 * @param confidence how sure the choice among same-named places is, 0–1
 */
@JsonPropertyOrder({"entity", "name", "geonames_id", "lat", "lon", "country", "feature", "confidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(String entity, String name, @JsonProperty("geonames_id") Long geonamesId, Double lat, Double lon,
    String country, String feature, Double confidence) {}
