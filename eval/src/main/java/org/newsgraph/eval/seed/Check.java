package org.newsgraph.eval.seed;

/** One expected item of the seed article and whether the analysis has it. */
public record Check(String section, String item, boolean passed, String detail) {}
