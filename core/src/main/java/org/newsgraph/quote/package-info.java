/**
 * Who said what: {@link org.newsgraph.quote.QuoteStage} finds direct, partial, mixed and indirect quotations with
 * their speaker, cue and content, from the quotation marks of the text and the dependency parse, with a cue
 * inventory, a cue classifier ({@code cue-model.tsv}) and a span model ({@code span-model.tsv}, which moves the
 * edges of each source, cue and content the rules find) learned from PolNeAR train.
 */
package org.newsgraph.quote;
