package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the article is about geographically.
 *
 * @param country ISO 3166 alpha-3 code of the main country, absent when the article names no place
 * @param countries every focus country, main first (those mentioned about as often as the main one)
 * @param place id of the entity of the most mentioned place below country level in the main country, if any
 */
@JsonPropertyOrder({"country", "countries", "place"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Focus(String country, List<String> countries, String place) {

  public static final Focus NONE = new Focus(null, List.of(), null);

  public Focus {
    countries = List.copyOf(countries);
  }
}
