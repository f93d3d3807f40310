/**
 * The NLP backbone behind one neutral interface: {@link org.newsgraph.nlp.TextAnnotator} returns an immutable
 * {@link org.newsgraph.nlp.Annotated}; CoreNLP's types stay inside {@link org.newsgraph.nlp.CoreNlpAnnotator}.
 * Its {@link org.newsgraph.nlp.Annotated#parse()} is the document's one dependency-parse index, which every stage
 * reads rather than indexing the trees again.
 */
package org.newsgraph.nlp;
