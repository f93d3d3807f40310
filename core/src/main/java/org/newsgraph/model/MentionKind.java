package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a mention refers to its entity: by a name, another form of it, a demonym, a pronoun or a description. */
public enum MentionKind {
  /** The entity's canonical name as the article writes it ("Vladimir Putin"). */
  NAME,
  /** Another name for it: a surname, an acronym, a short form ("Putin", "NATO"). */
  ALIAS,
  /** The adjective of a country's people standing for the country ("Russian" troops). */
  DEMONYM,
  /** A pronoun resolved to the entity ("he", "its"). */
  PRONOUN,
  /** A definite description or a title resolved to the entity ("the alliance", "the president"). */
  DESCRIPTION;

  /** True for the kinds that write the entity's own words: a name, an alias or a demonym. */
  public boolean isName() {
    return this == NAME || this == ALIAS || this == DEMONYM;
  }

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static MentionKind of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
