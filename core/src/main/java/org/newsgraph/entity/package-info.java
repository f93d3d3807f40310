/**
 * The entity stage: name mentions grouped into typed document entities.
 *
 * <p>Countries, their everyday names and their demonyms are the knowledge base's one table ({@link
 * org.newsgraph.kb.Geography}, read once and shared through {@link org.newsgraph.entity.Gazetteer}). Resources in
 * {@code org/newsgraph/entity/}: {@code titles.txt}, {@code honorifics.tsv}, {@code unisex-first-names.txt}
 * (hand-written), and {@code places.tsv}, generated from GeoNames by {@link
 * org.newsgraph.entity.GazetteerCompiler} (run {@code java -cp core/target/classes
 * org.newsgraph.entity.GazetteerCompiler ../shared/data/geo core/src/main/resources/org/newsgraph/entity} from the
 * repository root); sources and licenses are in the {@code NOTICE} beside them.
 *
 * <p>Typing choices: an adjectival demonym ("Belarusian") is a mention of its COUNTRY; a plural one ("Ukrainians")
 * is a NATIONALITY entity named by that plural, since the people are not the state; a plural group noun the
 * recognizer calls an organization ("Nazis", "Democrats") is MISC.
 */
package org.newsgraph.entity;
