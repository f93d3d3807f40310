package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Moves a source's edges onto the words that name the speaker: a dateline opening the paragraph is left out
 * ("WASHINGTON — Sen. Jane Doe"), and a name the parse split from its appositive is taken back in ("Jane Doe, a
 * senior adviser,").
 */
final class SourceEdges {

  /**
   * "WASHINGTON —", "BERLIN, May 3 (Reuters) -", "Paris (AFP) –": a place in capitals, maybe with a date and an
   * agency, or a place in ordinary case with its agency, then a dash. A name in ordinary case before a dash
   * without an agency ("Governor Jane Doe – a Cowboys fan –") is the source itself.
   */
  private static final Pattern DATELINE = Pattern.compile("(\\p{Lu}[\\p{Lu} .'’]{2,30}"
      + "(,\\s*\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2})?\\s*(\\([^)\\n]{1,20}\\))?"
      + "|\\p{Lu}\\p{Ll}+( \\p{Lu}\\p{Ll}+)?\\s*\\([^)\\n]{1,20}\\))\\s*(―|—|–|--|-)\\s+");

  private final Annotated annotated;
  private final String text;
  /** The name mentions of people, organizations and countries, in text order. */
  private final List<Mention> names = new ArrayList<>();

  SourceEdges(Annotated annotated, List<Entity> entities) {
    this.annotated = annotated;
    this.text = annotated.text();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION
          || entity.type() == EntityType.COUNTRY) {
        names.addAll(entity.nameMentions());
      }
    }
    names.sort(Comparator.comparingInt(Mention::start));
  }

  Candidate apply(Candidate candidate) {
    if (candidate.source() == null) {
      return candidate;
    }
    return withName(withoutDateline(candidate));
  }

  private Candidate withoutDateline(Candidate candidate) {
    Segment source = candidate.source();
    if (source.start() > 0 && text.charAt(source.start() - 1) != '\n') {
      return candidate;
    }
    Matcher dateline = DATELINE.matcher(text).region(source.start(), source.end());
    if (!dateline.lookingAt() || dateline.end() >= source.end()) {
      return candidate;
    }
    Segment trimmed = new Segment(dateline.end(), source.end());
    // A head inside the dateline is the place: the speaker is then whoever the rest of the source names.
    int head = candidate.sourceHead() >= 0 && annotated.tokens().get(candidate.sourceHead()).start() < dateline.end()
        ? -1 : candidate.sourceHead();
    return new Candidate(trimmed, head, candidate.cue(), candidate.cueHead(), candidate.content());
  }

  /**
   * "Jane Doe, a senior adviser to the senator, said": when the source is only the appositive and the name opening
   * the sentence stands before its comma, the source is the name with its appositive and the comma closing it, and
   * its head is the name's.
   */
  private Candidate withName(Candidate candidate) {
    Segment source = candidate.source();
    int comma = source.start() - 1;
    while (comma >= 0 && text.charAt(comma) == ' ') {
      comma--;
    }
    if (comma < 0 || text.charAt(comma) != ',') {
      return candidate;
    }
    Mention name = nameEndingAt(comma);
    if (name == null) {
      return candidate;
    }
    Sentence sentence = annotated.sentenceAt(name.start());
    boolean closed = text.charAt(source.end() - 1) == ',' || text.startsWith(",", source.end());
    if (!closed || !sentence.contains(source.end() - 1) || !opensClause(sentence, name)
        || candidate.sourceHead() >= 0 && annotated.tokens().get(candidate.sourceHead()).pos().startsWith("NNP")) {
      return candidate;
    }
    for (Segment part : candidate.content()) {
      if (part.start() < source.end() && part.end() > name.start()) {
        return candidate;
      }
    }
    int end = source.end();
    if (text.charAt(end - 1) != ',' && text.startsWith(",", end)) {
      end++;
    }
    return new Candidate(new Segment(name.start(), end), tokenEndingAt(name.end()), candidate.cue(),
        candidate.cueHead(), candidate.content());
  }

  /** The name starts its sentence or follows a word such as "As", "Still" or "But" that opens it. */
  private boolean opensClause(Sentence sentence, Mention name) {
    if (sentence.start() == name.start()) {
      return true;
    }
    int before = tokenEndingBefore(name.start());
    if (before < sentence.firstToken()) {
      return false;
    }
    String pos = annotated.tokens().get(before).pos();
    return (before == sentence.firstToken() || pos.equals(","))
        && (pos.equals("IN") || pos.equals("RB") || pos.equals("CC") || pos.equals(","));
  }

  private int tokenEndingBefore(int offset) {
    List<Token> tokens = annotated.tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).end() <= offset) {
        return i;
      }
    }
    return -1;
  }

  private Mention nameEndingAt(int offset) {
    for (Mention mention : names) {
      if (mention.end() == offset) {
        return mention;
      }
    }
    return null;
  }

  private int tokenEndingAt(int offset) {
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i;
      }
    }
    return -1;
  }
}
