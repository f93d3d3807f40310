package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A number the article states, with its unit, what it counts and who says so.
 *
 * @param unit ISO 4217 code for money ("USD"), "percent", or the counted noun ("troops")
 * @param counts the phrase saying what is counted, when the sentence says more than the unit
 * @param source who the sentence attributes the number to
 */
@JsonPropertyOrder({"text", "start", "end", "value", "unit", "counts", "source"})
public record Figure(String text, int start, int end, BigDecimal value, String unit,
    @JsonInclude(JsonInclude.Include.NON_NULL) String counts,
    @JsonInclude(JsonInclude.Include.NON_NULL) Attribution source) implements Spanned {}
