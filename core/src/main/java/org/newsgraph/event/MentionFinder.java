package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds actor and agent phrases in a sentence, left to right, longest first; an actor wins a tie with an agent.
 */
final class MentionFinder {

  private final ActorDictionary actors;
  private final AgentDictionary agents;

  MentionFinder(ActorDictionary actors, AgentDictionary agents) {
    this.actors = actors;
    this.agents = agents;
  }

  List<Mention> find(SentenceGraph graph, LocalDate date) {
    List<Mention> mentions = new ArrayList<>();
    List<String> words = graph.words();
    int i = 0;
    while (i < words.size()) {
      Optional<PhraseMatch<ActorEntry>> actor = actors.longestAt(words, i);
      Optional<PhraseMatch<AgentEntry>> agent = agents.longestAt(words, i);
      int actorLength = actor.map(PhraseMatch::length).orElse(0);
      int agentLength = agent.map(PhraseMatch::length).orElse(0);
      if (actorLength == 0 && agentLength == 0) {
        i++;
        continue;
      }
      if (actorLength >= agentLength) {
        PhraseMatch<ActorEntry> m = actor.get();
        mentions.add(new Mention(m.start(), m.end(), m.entry().codes().on(date), null,
            head(graph, m.start(), m.end())));
        i = m.end();
      } else {
        PhraseMatch<AgentEntry> m = agent.get();
        mentions.add(new Mention(m.start(), m.end(), List.of(), m.entry(), head(graph, m.start(), m.end())));
        i = m.end();
      }
    }
    return mentions;
  }

  private static int head(SentenceGraph graph, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      int h = graph.head(i);
      if (h < start || h >= end) {
        return i;
      }
    }
    return end - 1;
  }
}
