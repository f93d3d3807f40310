package org.newsgraph.entity;

/**
 * A country of the gazetteer.
 *
 * @param code ISO 3166 alpha-2 code
 * @param name the name newsgraph uses for it (GeoNames')
 */
public record Country(String code, String name) {}
