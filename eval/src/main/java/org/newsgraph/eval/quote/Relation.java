package org.newsgraph.eval.quote;

/** One attribution relation as the scorer sees it: source (may be empty), cue and content spans. */
public record Relation(Span source, Span cue, Span content) {}
