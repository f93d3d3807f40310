package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A place entity resolved to a gazetteer entry. */
@JsonPropertyOrder({"entity", "geonames_id", "lat", "lon", "country", "feature"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(String entity, @JsonProperty("geonames_id") Long geonamesId, Double lat, Double lon,
    String country, String feature) {}
