package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A temporal expression with its TIMEX3 value, normalized against the publication date. */
@JsonPropertyOrder({"text", "start", "end", "type", "value"})
public record TimeExpression(String text, int start, int end, TimeType type, String value) implements Spanned {}
