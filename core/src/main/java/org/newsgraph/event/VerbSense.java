package org.newsgraph.event;

/** A verb of the dictionary that a token may be, with the block that gives its codes and patterns. */
public record VerbSense(VerbBlock block, VerbForm form) {}
