package org.newsgraph.model;

/** A bare character range of the article text, for pieces whose text is implied by their parent. */
public record Segment(int start, int end) {}
