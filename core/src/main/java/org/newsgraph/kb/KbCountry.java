package org.newsgraph.kb;

/**
 * A country of the knowledge base.
 *
 * @param iso3 ISO 3166 alpha-3 code, also its CAMEO and PLOVER country code
 * @param geonameId GeoNames id of the country
 */
public record KbCountry(String iso3, String iso2, long geonameId, String name, String capital, long population,
    String continent) {}
