package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a reposted article first ran, as the page says (a canonical link to another site, a syndication tag, an
 * "originally appeared on" line); either value may be null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OriginalSource(String outlet, String url) {}
