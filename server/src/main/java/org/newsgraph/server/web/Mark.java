package org.newsgraph.server.web;

/**
 * One highlighted range of the article text.
 *
 * @param kind the CSS class of the highlight: entity, quote, speaker, cue, time, figure, event, framing
 * @param fact the anchor id of the fact the range belongs to; made by this package, so safe in an HTML id
 */
public record Mark(int start, int end, String kind, String fact) {}
