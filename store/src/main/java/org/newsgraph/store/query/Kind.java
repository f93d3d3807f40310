package org.newsgraph.store.query;

import java.util.Locale;

/** The kinds of record a store holds: an article, each of its facts, and the error records of failed inputs. */
public enum Kind {
  ARTICLE, QUOTE, EVENT, ENTITY, ERROR;

  /** The value of the {@code kind} field and of {@code --type}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind labelled {@code label}; fails naming the allowed values. */
  public static Kind of(String label) {
    for (Kind kind : values()) {
      if (kind.label().equalsIgnoreCase(label.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + label + "' (article, quote, event, entity, error)");
  }
}
