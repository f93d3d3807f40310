package org.newsgraph.figure;

import org.newsgraph.nlp.ParseView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.NamedSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds who a sentence attributes a figure to: the subject of a speech or report verb that governs the figure's
 * clause ("..., the ministry said"), else the object of "according to". Named after the document entity whose
 * mention covers the source's head word, else the name the recognizer found there, else the words of the phrase.
 */
final class SourceFinder {

  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod", "nmod:poss");

  private final FigureWords words;

  SourceFinder(FigureWords words) {
    this.words = words;
  }

  /** The source of the figure whose head token is {@code head}, or null when the sentence names none. */
  Attribution find(Annotated document, Sentence sentence, int head, List<Entity> entities) {
    ParseView parse = new ParseView(document, sentence);
    if (parse.isEmpty()) {
      return null;
    }
    int source = -1;
    for (int node = parse.governor(head), steps = 0; node >= 0 && steps < 32 && source < 0;
        node = parse.governor(node), steps++) {
      source = subjectOfCue(parse, node, head);
    }
    if (source < 0) {
      source = reportingClause(parse, sentence, head);
    }
    if (source < 0) {
      source = accordingTo(parse, sentence);
    }
    return source < 0 ? null : name(document, parse, source, entities);
  }

  /**
   * The subject of {@code verb} when it is a cue verb whose subject and object do not hold the figure, else -1.
   */
  private int subjectOfCue(ParseView parse, int verb, int head) {
    if (!words.cueVerbs().contains(lemma(parse.token(verb)))) {
      return -1;
    }
    // "The increase will add about $3 a month": a verb whose object is the figure itself reports nothing.
    if (parse.dependents(verb, "obj").stream().anyMatch(object -> parse.dominates(object.index(), head))) {
      return -1;
    }
    return parse.dependents(verb, "nsubj").stream().mapToInt(Token::index)
        .filter(subject -> !parse.dominates(subject, head)).findFirst().orElse(-1);
  }

  /**
   * The subject of a bare reporting clause set beside the sentence ("..., the ministry said Monday"): the parser
   * attaches it as {@code parataxis} to some word of the sentence, not above the figure; it reports no clause of
   * its own (no complement or object).
   */
  private int reportingClause(ParseView parse, Sentence sentence, int head) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (parse.relation(i).equals("parataxis") && parse.dependents(i, "ccomp", "obj", "xcomp").isEmpty()) {
        int subject = subjectOfCue(parse, i, head);
        if (subject >= 0) {
          return subject;
        }
      }
    }
    return -1;
  }

  private int accordingTo(ParseView parse, Sentence sentence) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token token = parse.token(i);
      if (token.text().equalsIgnoreCase("according") && words.cueVerbs().contains("according")
          && parse.relation(i).equals("case")) {
        return parse.governor(i);
      }
    }
    return -1;
  }

  private static Attribution name(Annotated document, ParseView parse, int head, List<Entity> entities) {
    Token token = parse.token(head);
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        if (mention.start() <= token.start() && token.end() <= mention.end()) {
          return new Attribution(entity.id(), entity.name());
        }
      }
    }
    for (NamedSpan name : document.names()) {
      if (NAME_TYPES.contains(name.type()) && name.start() <= token.start() && token.end() <= name.end()) {
        return new Attribution(null, name.text());
      }
    }
    int first = head;
    int last = head;
    for (Token part : parse.dependents(head, NAME_PARTS.toArray(String[]::new))) {
      if (!part.pos().equals("DT")) {
        first = Math.min(first, part.index());
        last = Math.max(last, part.index());
      }
    }
    String text = document.text();
    return new Attribution(null, text.substring(parse.token(first).start(), parse.token(last).end()));
  }

  private static String lemma(Token token) {
    return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
  }
}
