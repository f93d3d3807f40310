package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A piece of the source document that cleaning left out of the article text, and why.
 *
 * <p>{@code start}/{@code end} index the decoded source (the input text, or the text extracted from HTML), since the
 * removed words are by definition not in {@code article.text}; {@code at} is where they stood in the article text.
 */
@JsonPropertyOrder({"start", "end", "reason", "text", "at"})
public record Removal(int start, int end, String reason, String text, int at) {

  /** Reasons cleaning records; open-ended, so plain strings rather than an enum. */
  public static final String LINKED_HEADLINE = "linked_headline";
  public static final String AUTHOR_BIO = "author_bio";
  public static final String REPEATED_TITLE = "repeated_title";
  public static final String HEADER = "header";
  public static final String BOILERPLATE = "boilerplate";

  public Removal {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad removal offsets " + start + ".." + end);
    }
  }
}
