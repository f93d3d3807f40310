package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Says that an analysis covers only the start of its article: the cleaned text went over a work limit and was cut
 * at the end of the last sentence that fitted, so {@code article.text} is that start.
 *
 * @param limit the limit passed: {@code max-tokens} or {@code max-sentence-tokens}
 * @param max the limit's value
 * @param originalLength the cleaned text's length before the cut, in UTF-16 code units
 */
@JsonPropertyOrder({"limit", "max", "original_length"})
public record Truncation(String limit, int max, @JsonProperty("original_length") int originalLength) {}
