/**
 * Focus-country accuracy on CLIFF's hand-coded sets ({@code ../shared/data/geo/bbc.json}, {@code huffpo.json}):
 * {@link org.newsgraph.eval.geo.GeoEvaluation} runs the pipeline and scores the article's focus.
 */
package org.newsgraph.eval.geo;
