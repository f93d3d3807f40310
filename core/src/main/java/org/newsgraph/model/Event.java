package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A coded event: who did what to whom, when and where, and the words that say so. */
@JsonPropertyOrder({"id", "type", "cameo", "quad", "mode", "actor", "recipient", "date", "place", "negated",
    "hypothetical", "future", "evidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String id, String type, String cameo, Integer quad, String mode, Actor actor, Actor recipient,
    String date, String place, boolean negated, boolean hypothetical, boolean future, Segment evidence) {}
