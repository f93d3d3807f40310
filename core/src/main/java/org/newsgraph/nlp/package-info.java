/**
 * The NLP backbone behind one neutral interface: {@link org.newsgraph.nlp.TextAnnotator} returns an immutable
 * {@link org.newsgraph.nlp.Annotated}; CoreNLP's types stay inside {@link org.newsgraph.nlp.CoreNlpAnnotator}.
 */
package org.newsgraph.nlp;
