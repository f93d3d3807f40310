package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds actor and agent phrases in a sentence, left to right, longest first; an actor wins a tie with an agent.
 */
final class MentionFinder {

  /** The participle that makes the name before it the leader of what the phrase names. */
  private static final String LED = "-LED";

  private final ActorDictionary actors;
  private final AgentDictionary agents;

  MentionFinder(ActorDictionary actors, AgentDictionary agents) {
    this.actors = actors;
    this.agents = agents;
  }

  /**
   * The sentence as dictionary words: a hyphenated name the tokenizer split ({@code Barad - dur}) is one word
   * again, and a token joined with underscores ({@code Dol_Amroth}) is several.
   */
  private record Words(List<String> words, List<Integer> firstToken, List<Integer> lastToken) {}

  private static Words words(SentenceGraph graph) {
    List<String> words = new ArrayList<>();
    List<Integer> first = new ArrayList<>();
    List<Integer> last = new ArrayList<>();
    for (int t = 0; t < graph.size(); t++) {
      boolean joinsHyphen = graph.word(t).equals("-") && t > 0 && t + 1 < graph.size() && !words.isEmpty()
          && last.get(last.size() - 1) == t - 1
          && graph.token(t - 1).end() == graph.token(t).start()
          && graph.token(t).end() == graph.token(t + 1).start();
      if (joinsHyphen) {
        int k = words.size() - 1;
        words.set(k, words.get(k) + "-" + graph.word(t + 1));
        last.set(k, t + 1);
        t++;
        continue;
      }
      for (String piece : graph.word(t).split("_")) {
        if (!piece.isEmpty()) {
          words.add(piece);
          first.add(t);
          last.add(t);
        }
      }
    }
    return new Words(words, first, last);
  }

  /**
   * The dictionary's actor and agent phrases, then each known phrase no dictionary phrase overlaps, as an actor
   * with the null code {@code ---}; in sentence order.
   */
  List<Mention> find(SentenceGraph graph, LocalDate date, List<KnownPhrase> known) {
    List<Mention> mentions = find(graph, date);
    if (known.isEmpty()) {
      return mentions;
    }
    List<Mention> all = new ArrayList<>(mentions);
    for (KnownPhrase phrase : known) {
      int start = -1;
      int end = -1;
      for (int t = 0; t < graph.size(); t++) {
        if (graph.token(t).start() < phrase.end() && phrase.start() < graph.token(t).end()) {
          start = start < 0 ? t : start;
          end = t + 1;
        }
      }
      if (start < 0) {
        continue;
      }
      int s = start;
      int e = end;
      int head = head(graph, s, e);
      // An adjective ("Russian-led alliance") modifies the actor; the dictionaries code the ones that name one.
      boolean adjective = graph.pos(head) != null && graph.pos(head).startsWith("JJ");
      // So does a name joined to a participle by a hyphen ("the Beijing-led bloc"), which the dictionaries read
      // as one word and so never code.
      boolean hyphenated = e < graph.size() && graph.word(e).equals("-")
          && graph.token(e).start() == graph.token(e - 1).end();
      if (!adjective && !hyphenated && all.stream().noneMatch(m -> m.start() < e && s < m.end())) {
        all.add(new Mention(s, e, List.of(ActorPhraseCoder.NULL), null, head));
      }
    }
    all.sort(java.util.Comparator.comparingInt(Mention::start));
    return all;
  }

  List<Mention> find(SentenceGraph graph, LocalDate date) {
    List<Mention> mentions = new ArrayList<>();
    Words sentenceWords = words(graph);
    List<String> words = sentenceWords.words();
    int i = 0;
    while (i < words.size()) {
      Optional<PhraseMatch<ActorEntry>> actor = actors.longestAt(words, i);
      Optional<PhraseMatch<AgentEntry>> agent = agents.longestAt(words, i);
      if (actor.isEmpty() && agent.isEmpty()) {
        int at = i;
        actor = pluralPeople(graph, sentenceWords, at).or(() -> leader(sentenceWords, at));
      }
      int actorLength = actor.map(PhraseMatch::length).orElse(0);
      int agentLength = agent.map(PhraseMatch::length).orElse(0);
      if (actorLength == 0 && agentLength == 0) {
        i++;
        continue;
      }
      if (actorLength >= agentLength) {
        PhraseMatch<ActorEntry> m = actor.get();
        int start = sentenceWords.firstToken().get(m.start());
        int end = sentenceWords.lastToken().get(m.end() - 1) + 1;
        mentions.add(new Mention(start, end, m.entry().codes().on(date), null, head(graph, start, end)));
        i = m.end();
      } else {
        PhraseMatch<AgentEntry> m = agent.get();
        int start = sentenceWords.firstToken().get(m.start());
        int end = sentenceWords.lastToken().get(m.end() - 1) + 1;
        mentions.add(new Mention(start, end, List.of(), m.entry(), head(graph, start, end)));
        i = m.end();
      }
    }
    return mentions;
  }

  /**
   * A people named by the plural of a one-word actor the dictionaries list only in the singular ("Albanians" for
   * {@code ALBANIAN}): the country dictionaries give nationality adjectives, and a plural proper noun is the
   * people of that nationality. Only a capitalized plural noun, so a common noun never turns into a country.
   */
  private Optional<PhraseMatch<ActorEntry>> pluralPeople(SentenceGraph graph, Words sentenceWords, int i) {
    int t = sentenceWords.firstToken().get(i);
    String word = sentenceWords.words().get(i);
    String pos = graph.pos(t);
    boolean plural = "NNPS".equals(pos) || "NNS".equals(pos);
    if (!plural || word.length() < 4 || !word.endsWith("S") || sentenceWords.lastToken().get(i) != t
        || !Character.isUpperCase(graph.token(t).text().charAt(0))) {
      return Optional.empty();
    }
    List<String> singular = new ArrayList<>(sentenceWords.words());
    singular.set(i, word.substring(0, word.length() - 1));
    return actors.longestAt(singular, i).filter(m -> m.length() == 1);
  }

  /**
   * The leader of a force named by a hyphenated participle ("Norlandic-led forces", "a Norland-led coalition"): the
   * one-word actor before {@code -led}. A name set beside the phrase still decides the actor (see
   * {@link ActorResolver}): "the Norland-led alliance, the Northern Pact" is the pact.
   */
  private Optional<PhraseMatch<ActorEntry>> leader(Words sentenceWords, int i) {
    String word = sentenceWords.words().get(i);
    if (!word.endsWith(LED) || word.length() <= LED.length()) {
      return Optional.empty();
    }
    List<String> leader = new ArrayList<>(sentenceWords.words());
    leader.set(i, word.substring(0, word.length() - LED.length()));
    return actors.longestAt(leader, i).filter(m -> m.length() == 1);
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
