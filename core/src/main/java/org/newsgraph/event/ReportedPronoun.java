package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a reported clause's pronoun subject the speaker's code: in "Norland said its forces had left", "its forces"
 * are Norland's, since a pronoun in what someone says points first at who says it.
 */
final class ReportedPronoun {

  /** Pronouns that stand for, or possess for, a group or state; "he" or "she" may be another person. */
  private static final Set<String> PRONOUNS = Set.of("their", "its", "they", "it");

  private ReportedPronoun() {}

  /**
   * The coding with its source replaced by the speaker's, when the source is an uncoded phrase that starts with
   * a pronoun and its verb is the complement of a verb another coding of the sentence gave a coded source;
   * else the coding unchanged.
   */
  static Coding resolve(Coding coding, int verb, SentenceGraph graph, List<Coding> sentence, String text) {
    ActorPhrase phrase = coding.sourcePhrase();
    if (phrase == null || !coding.source().startsWith(ActorPhraseCoder.NULL)
        || !graph.relation(verb).equals("ccomp")) {
      return coding;
    }
    String first = text.substring(phrase.start(), phrase.end()).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (!PRONOUNS.contains(first)) {
      return coding;
    }
    int said = graph.head(verb);
    for (Coding other : sentence) {
      boolean saidIt = other.start() <= graph.token(said).start() && graph.token(said).end() <= other.end();
      if (saidIt && other != coding && !other.source().startsWith(ActorPhraseCoder.NULL)) {
        String agent = coding.source().substring(ActorPhraseCoder.NULL.length());
        String source = other.source().length() == 3 ? other.source() + agent : other.source();
        return coding.withSource(source, other.sourcePhrase());
      }
    }
    return coding;
  }
}
