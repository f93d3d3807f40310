/**
 * Geoparsing and focus: {@link org.newsgraph.geo.GeoStage} resolves place entities to gazetteer entries
 * ({@link org.newsgraph.geo.PlaceResolver}: qualified names, the article's countries, sure neighbours, capitals,
 * population) into layer {@code places}; {@link org.newsgraph.geo.FocusStage} finds the countries and place the
 * article is about by frequency of mention ({@link org.newsgraph.geo.FocusFinder}) into layer {@code focus}.
 */
package org.newsgraph.geo;
