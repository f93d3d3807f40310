package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A piece of the source document that cleaning left out of the article text, and why.
 *
 * <p>{@code start}/{@code end} index the decoded source, since the removed words are by definition not in
 * {@code article.text}: for plain text, the text as read (after charset decoding, before any whitespace
 * normalization), and {@code text} is exactly {@code source.substring(start, end)}; for HTML, the page's markup, and
 * {@code text} is the visible text of that markup (one record per dropped block: navigation, a share bar, a run of
 * page furniture). For a JSON record the source is its {@code text} or {@code html} field. {@code at} is the offset
 * in the article text of the first character after where the piece stood: the start of the next kept paragraph, or
 * the text's length when no kept text follows (so 0 for a header).
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
