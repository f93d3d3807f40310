package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A participant in an event: the document entity, its name and its actor code (CAMEO form). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(String entity, String name, String code) {}
