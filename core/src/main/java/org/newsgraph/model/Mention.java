package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One place where an entity is named or referred to.
 *
 * @param kind how the words refer to the entity; a name when not given (analyses written before kinds existed)
 */
@JsonPropertyOrder({"start", "end", "text", "kind"})
public record Mention(int start, int end, String text, MentionKind kind) implements Spanned {

  public Mention {
    kind = kind == null ? MentionKind.NAME : kind;
  }

  /** A name mention. */
  public Mention(int start, int end, String text) {
    this(start, end, text, MentionKind.NAME);
  }
}
