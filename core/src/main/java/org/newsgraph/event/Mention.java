package org.newsgraph.event;

import java.util.List;

/**
 * An actor or agent phrase found in a sentence, as sentence-relative token indices {@code [start, end)}.
 *
 * @param actorCodes the actor's codes on the sentence's date (empty for an agent or a null-coded actor)
 * @param agent the agent, or null for an actor
 * @param head the phrase's syntactic head (the token whose head lies outside the phrase)
 */
record Mention(int start, int end, List<String> actorCodes, AgentEntry agent, int head) {

  boolean isActor() {
    return agent == null;
  }

  boolean contains(int token) {
    return token >= start && token < end;
  }
}
