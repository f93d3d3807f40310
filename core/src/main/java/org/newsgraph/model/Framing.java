package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Words by which the reporter frames a quote or claim, and the id of what they apply to. */
@JsonPropertyOrder({"kind", "text", "start", "end", "applies_to", "connotation"})
public record Framing(FramingKind kind, String text, int start, int end,
    @JsonProperty("applies_to") @JsonInclude(JsonInclude.Include.NON_NULL) String appliesTo,
    @JsonInclude(JsonInclude.Include.NON_NULL) String connotation) implements Spanned {}
