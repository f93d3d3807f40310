package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Who a quote is attributed to: the document entity and the words the article uses for them. */
@JsonPropertyOrder({"entity", "name", "start", "end"})
public record Speaker(@JsonInclude(JsonInclude.Include.NON_NULL) String entity, String name, int start, int end) {}
