/**
 * The output contract of schema {@code newsgraph/1}: immutable records over one article text, every span an
 * end-exclusive character offset pair into {@link org.newsgraph.model.Article#text()}.
 */
package org.newsgraph.model;
