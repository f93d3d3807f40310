package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who a fact is attributed to: a document entity when one is known, and the name used.
 *
 * @param entity id of the document entity, or null
 */
public record Attribution(@JsonInclude(JsonInclude.Include.NON_NULL) String entity, String name) {}
