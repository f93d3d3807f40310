package org.newsgraph.event;

import java.util.List;

/**
 * One phrase of the agent dictionary: a role such as {@code FOREIGN MINISTER} and its code.
 *
 * @param code the agent code without its {@code ~}, e.g. {@code GOVFRM}
 * @param prefix whether the code goes before the actor's code ({@code NGO~}) rather than after ({@code ~GOV})
 */
public record AgentEntry(List<String> words, String code, boolean prefix, int line) {

  public AgentEntry {
    words = List.copyOf(words);
  }
}
