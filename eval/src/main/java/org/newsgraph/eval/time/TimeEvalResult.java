package org.newsgraph.eval.time;

/**
 * The outcome of one TempEval-3 run: SUTime as the annotator returns it, and after newsgraph's corrections.
 *
 * @param millis wall time of annotating and scoring every document
 */
public record TimeEvalResult(int documents, TimexScore sutime, TimexScore newsgraph, long millis) {}
