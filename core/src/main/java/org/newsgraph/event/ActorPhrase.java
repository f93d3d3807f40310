package org.newsgraph.event;

/**
 * Where the coder read an actor: the dictionary phrase's head word and the noun phrase around it (with its
 * apposition: "the military alliance, the CSTO"), as character offsets.
 *
 * @param wordStart start of the head word of the matched actor or agent phrase
 * @param wordEnd end of that word (exclusive)
 * @param headStart start of the noun phrase's head word
 * @param headEnd end of that word (exclusive)
 * @param start start of the noun phrase
 * @param end end of the noun phrase (exclusive)
 */
public record ActorPhrase(int wordStart, int wordEnd, int headStart, int headEnd, int start, int end) {}
