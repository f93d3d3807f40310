package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;

/**
 * Lines that open with who speaks: transcripts ("WALLACE: ..."), headlines ("Pence: Flowers won't be at debate")
 * and lists of voices ("Jane Doe ― “...”"). The name is the source, the colon or dash the cue, the rest of the line
 * the content. A name must be one the recognizer tagged, a capitalized label that opens two lines or more, or open
 * the headline. A voice may also be signed after its quotation ("“...” ― Jane Doe"), as epigraphs and readers'
 * letters are.
 */
final class SpeakerLines {

  private static final Pattern LINE = Pattern.compile(
      "(?m)^[\\h\"“]*(\\p{Lu}[\\p{L}.'’-]*(?:\\h+\\p{Lu}[\\p{L}.'’-]*){0,3})\\h*(:|―|—)\\h+(\\S.*)$");

  /**
   * A headline's speaker may carry a tag before it and lower-case words after its first ("EXCLUSIVE – Roger Stone:
   * …", "Clinton camp: …", "WSJ editorial: …").
   */
  private static final Pattern HEADLINE = Pattern.compile(
      "\\A[\\h\"“]*(?:\\p{Lu}+\\h*[–―—-]\\h*)?(\\p{Lu}[\\p{L}.'’-]*(?:\\h+[\\p{L}.'’-]+){0,3})\\h*(:)\\h+(\\S.*)$",
      Pattern.MULTILINE);

  /** A line that is one quotation signed with a dash and a name ("“…” ― Jane Doe"). */
  private static final Pattern SIGNED = Pattern.compile(
      "(?m)^\\h*([“\"”][^\n]*[”\"])\\h*(―|—|–|--)\\h*"
          + "(\\p{Lu}[\\p{L}.'’-]*(?:\\h+\\p{Lu}[\\p{L}.'’-]*){0,3})\\h*$");

  /** Words that tag a headline rather than name who speaks in it, from the headlines of PolNeAR train. */
  private static final Set<String> KICKERS = Set.of("breaking", "revealed", "exclusive", "wow", "look", "watch",
      "boom", "busted", "byline", "bombshell", "just leaked", "just in", "update");

  private SpeakerLines() {}

  static List<Candidate> find(Annotated annotated) {
    String text = annotated.text();
    List<Matcher> lines = new ArrayList<>();
    Map<String, Integer> labels = new HashMap<>();
    Matcher matcher = LINE.matcher(text);
    while (matcher.find()) {
      lines.add(LINE.matcher(text).region(matcher.start(), matcher.end()));
      labels.merge(matcher.group(1), 1, Integer::sum);
    }
    Matcher first = HEADLINE.matcher(text);
    if (first.find() && (lines.isEmpty() || lines.get(0).regionStart() > 0)) {
      lines.add(0, HEADLINE.matcher(text).region(first.start(), first.end()));
      labels.merge(first.group(1), 1, Integer::sum);
    }
    List<Candidate> found = new ArrayList<>();
    for (Matcher line : lines) {
      if (!line.find()) {
        continue;
      }
      String name = line.group(1);
      if (line.pattern() == HEADLINE && hasVerb(annotated, line.start(1), line.end(1))) {
        // "Governor Ellen Marsh said: …" is a sentence with its own cue, not a speaker's label.
        continue;
      }
      boolean headline = text.lastIndexOf('\n', line.start(1)) < 0;
      if (headline && isKicker(annotated, name, line.start(1), line.end(1))) {
        continue;
      }
      if (labels.get(name) < 2 && !headline && !isName(annotated, line.start(1), line.end(1))) {
        continue;
      }
      int end = line.end(3);
      while (end > line.start(3) && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      boolean sentences = text.substring(line.start(3), end - 1).matches("(?s).*[.?!]\\s+\\S.*");
      if (text.charAt(end - 1) == '.' && end - 1 > line.start(3) && !sentences) {
        end--;
      }
      found.add(new Candidate(new Segment(line.start(1), line.end(1)), -1,
          new Segment(line.start(2), line.end(2)), -1, List.of(new Segment(line.start(3), end))));
    }
    return found;
  }

  /** Quotations signed after a dash; the name must be tagged or the text hold two such lines or more. */
  static List<Candidate> signed(Annotated annotated) {
    String text = annotated.text();
    List<MatchResult> lines = SIGNED.matcher(text).results().toList();
    List<Candidate> found = new ArrayList<>();
    for (MatchResult line : lines) {
      int nameEnd = line.end(3);
      // "― Carla Sanchez." ends a sentence; "Jr." keeps its period.
      if (text.charAt(nameEnd - 1) == '.' && nameEnd - text.lastIndexOf(' ', nameEnd) > 4) {
        nameEnd--;
      }
      if (lines.size() < 2 && !isName(annotated, line.start(3), nameEnd)) {
        continue;
      }
      found.add(new Candidate(new Segment(line.start(3), nameEnd), -1, new Segment(line.start(2), line.end(2)), -1,
          List.of(new Segment(line.start(1), line.end(1)))));
    }
    return found;
  }

  /**
   * Whether a line found here quotes someone: "Clinton: 1,769" is a tally, not words. Such a line still bounds the
   * contents around it.
   */
  static boolean quotes(String text, Candidate line) {
    Segment content = line.content().get(0);
    return text.substring(content.start(), content.end()).matches("(?s).*\\p{L}.*");
  }

  /**
   * A headline's kicker, not its speaker: a tag word ("Breaking: …", "Revealed: …") or a column's title ("The
   * Latest: …", "The Ninth Circle: …") — a label opening with "the" that holds no tagged name. On PolNeAR train no
   * such headline label is a source.
   */
  private static boolean isKicker(Annotated annotated, String label, int start, int end) {
    String lower = label.toLowerCase(Locale.ROOT);
    return KICKERS.contains(lower) || lower.startsWith("the ") && !isName(annotated, start, end);
  }

  private static boolean hasVerb(Annotated annotated, int start, int end) {
    for (Token token : annotated.tokens()) {
      if (token.start() >= start && token.end() <= end && token.pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(Annotated annotated, int start, int end) {
    List<Token> tokens = annotated.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < tokens.size() && tokens.get(i).start() < end; i++) {
      String ner = tokens.get(i).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }
}
