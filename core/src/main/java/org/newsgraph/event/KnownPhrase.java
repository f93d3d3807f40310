package org.newsgraph.event;

/**
 * A phrase the document already knows names an actor (a mention of a document entity), as character offsets. The
 * coder treats it as an actor phrase with no dictionary code when no dictionary phrase overlaps it, so that "the
 * West" or an unlisted minister can still be who acted or to whom.
 */
public record KnownPhrase(int start, int end) {}
