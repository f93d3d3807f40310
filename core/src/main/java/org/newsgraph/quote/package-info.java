/**
 * Who said what: {@link org.newsgraph.quote.QuoteStage} finds direct, partial, mixed and indirect quotations with
 * their speaker, cue and content, from the quotation marks of the text and the dependency parse, with a cue
 * inventory learned from PolNeAR train ({@code cues.tsv}).
 */
package org.newsgraph.quote;
