/** Scores the language identifier on short news sentences and the benchmark's article bodies. */
package org.newsgraph.eval.language;
