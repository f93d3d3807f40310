/**
 * Named-entity scoring against CoNLL-2003: entity-level precision, recall and F1 per type, exact span and type,
 * in the manner of the shared task's {@code conlleval} script.
 */
package org.newsgraph.eval.ner;
