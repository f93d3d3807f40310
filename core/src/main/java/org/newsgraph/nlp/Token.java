package org.newsgraph.nlp;

/**
 * One token with its character offsets into the annotated text.
 *
 * @param index position in the document's token list
 * @param sentence index of the sentence holding it
 * @param ner named-entity tag ({@code O} outside any)
 * @param normalized normalized value of a numeric or temporal token (CoreNLP's), or null
 */
public record Token(int index, int sentence, int start, int end, String text, String pos, String lemma, String ner,
    String normalized) {}
