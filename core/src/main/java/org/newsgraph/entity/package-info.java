/**
 * The entity stage: name mentions grouped into typed document entities.
 *
 * <p>Countries, their everyday names and demonyms, and the places locations are typed by, are the knowledge base's
 * one country table and one gazetteer ({@link org.newsgraph.kb.Geography}, read once and shared through {@link
 * org.newsgraph.entity.Gazetteer}). The stage's own resources in {@code org/newsgraph/entity/} are hand-written
 * word lists: {@code titles.txt}, {@code honorifics.tsv}, {@code unisex-first-names.txt} (see the {@code NOTICE}
 * beside them).
 *
 * <p>Typing choices: an adjectival demonym ("Belarusian") is a mention of its COUNTRY; a plural one ("Ukrainians")
 * is a NATIONALITY entity named by that plural, since the people are not the state; a plural group noun the
 * recognizer calls an organization ("Nazis", "Democrats") is MISC.
 */
package org.newsgraph.entity;
