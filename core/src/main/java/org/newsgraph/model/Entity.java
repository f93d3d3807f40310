package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thing the article talks about, with every mention of it.
 *
 * @param roles titles the article gives it ("Russian President"), in order of first use
 * @param kb knowledge-base facts; empty until linking
 * @param mentions every place the article names or refers to it, in text order, each with its kind
 */
@JsonPropertyOrder({"id", "name", "type", "aliases", "roles", "kb", "mentions"})
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> roles,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> kb, List<Mention> mentions) {

  public Entity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    // Insertion order kept (Map.copyOf's order varies between runs), so the JSON is the same every time.
    kb = kb == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(kb));
    mentions = List.copyOf(mentions);
  }

  /** The mentions that write the entity's own words (names, aliases, demonyms), without resolved pronouns. */
  @JsonIgnore
  public List<Mention> nameMentions() {
    return mentions.stream().filter(m -> m.kind().isName()).toList();
  }
}
