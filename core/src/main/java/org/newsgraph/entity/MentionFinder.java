package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.NamedSpan;
import org.newsgraph.nlp.Token;

/**
 * Turns the recognizer's name spans into name mentions, correcting what CoreNLP is known to get wrong: titles
 * taken for names or organizations, possessives, hyphenated compounds, plural group nouns taken for organizations,
 * a country written before an organization's name, and the outlet's own name.
 */
final class MentionFinder {

  private static final Pattern GROUP_NOUN = Pattern.compile("\\p{Lu}\\p{L}+(?:ists|is|ites|crats|ans|ese)");
  private static final Pattern ABSTRACT_NOUN = Pattern.compile("\\p{Lu}\\p{L}+(?:phobia|philia|ism)");
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Pattern DATELINE = Pattern.compile(
      // The capitals must be followed by a region or an outlet in brackets: "NATO — " alone is no dateline.
      "(?m)^(\\p{Lu}[\\p{Lu}.'-]*(?: \\p{Lu}[\\p{Lu}.'-]*){0,3})"
          + "(?:, \\p{Lu}[\\p{L}.]+(?: \\([^)\\n]{1,40}\\))?| \\([^)\\n]{1,40}\\)) [—–-] ");

  private final Gazetteer gazetteer;
  private final Titles titles;

  MentionFinder(Gazetteer gazetteer, Titles titles) {
    this.gazetteer = gazetteer;
    this.titles = titles;
  }

  /** The name mentions of an annotated text, in text order. */
  List<Candidate> find(Annotated annotated, String outlet) {
    List<Candidate> found = new ArrayList<>();
    List<int[]> titleSpans = new ArrayList<>();
    List<int[]> titleTails = new ArrayList<>();
    List<Candidate> countryPrefixes = new ArrayList<>();
    for (NamedSpan span : annotated.names()) {
      if (NAME_TYPES.contains(span.type()) && !onlyOutside(annotated, span)) {
        add(annotated, span, found, titleSpans, titleTails, countryPrefixes);
      }
    }
    // "State" of "Secretary of State" is part of a title, not an organization; a country there stays a country.
    found.removeIf(c -> titleTails.stream().anyMatch(t -> c.start() >= t[0] && c.end() <= t[1])
        && gazetteer.country(c.text()).isEmpty());
    // "Defense" of "Defense Secretary Pete Hegseth" is a word of the title.
    found.removeIf(c -> titleSpans.stream().anyMatch(t -> c.start() >= t[0] && c.end() <= t[1])
        && titles.isTitle(c.text()));
    if (outlet != null && !outlet.isBlank()) {
      addOutlet(annotated.text(), outlet.strip(), found);
    }
    addDatelines(annotated.text(), found);
    // A span a correction grew over ("Joe" of "President Joe" + "Biden") is not a mention of its own.
    List<Candidate> all = List.copyOf(found);
    found.removeIf(c -> all.stream().anyMatch(d -> d != c && d.start() <= c.start() && c.end() <= d.end()
        && d.end() - d.start() > c.end() - c.start()));
    // ... but the country written before an organization's name ("U.S." of "U.S. Defense Intelligence Agency")
    // is a mention of that country too.
    found.addAll(countryPrefixes);
    found.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    return found;
  }

  // CoreNLP 4.5 adds pronouns ("he", "his") to its entity mentions; their tokens carry no name tag.
  private static boolean onlyOutside(Annotated annotated, NamedSpan span) {
    for (int i = span.firstToken(); i < span.endToken(); i++) {
      if (!annotated.tokens().get(i).ner().equals("O")) {
        return false;
      }
    }
    return true;
  }

  private void add(Annotated annotated, NamedSpan span, List<Candidate> found, List<int[]> titleSpans,
      List<int[]> titleTails, List<Candidate> countryPrefixes) {
    List<Token> tokens = annotated.tokens();
    String text = annotated.text();
    String type = span.type();
    int first = span.firstToken();
    if (type.equals("PERSON")) {
      while (first < span.endToken() - 1 && titles.isTitleWord(tokens.get(first))) {
        first++;
      }
    }
    if (type.equals("ORGANIZATION")) {
      first = headBeforeOf(tokens, first);
    }
    int start = tokens.get(first).start();
    int end = trimPossessive(text, start, span.end());
    // The recognizer sometimes takes a quotation mark into a name ("” Bell told reporters").
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
      end--;
    }
    boolean weak = false;
    String compound = null;
    // Only compounds the recognizer calls MISC ("Russian-led"): hyphens inside names ("Chester-le-Street") stay.
    int hyphen = type.equals("MISC") ? compoundHyphen(text, start, end) : -1;
    if (hyphen > 0) {
      compound = text.substring(start, end);
      end = hyphen;
      weak = true;
    }
    if (end <= start) {
      return;
    }
    String name = text.substring(start, end);
    if (type.equals("PERSON") && !weak) {
      addPerson(annotated, first, start, end, found, titleSpans, titleTails);
      return;
    }
    if (type.equals("LOCATION") && ABSTRACT_NOUN.matcher(name).matches() && gazetteer.country(name).isEmpty()) {
      // "Russophobia", "Eurasianism": the recognizer reads the place in the stem; the word names an idea.
      type = "MISC";
    }
    if (type.equals("ORGANIZATION") && isPluralGroupNoun(tokens, first, span.endToken())) {
      // "Nazis", "Democrats": a group of people, not an organization.
      type = "MISC";
    }
    if (type.equals("ORGANIZATION") && !weak && splitCountryPrefix(tokens, text, first, span.endToken(), end,
        found, countryPrefixes)) {
      return;
    }
    found.add(new Candidate(start, end, name, name, type, weak, null, compound));
  }

  private void addPerson(Annotated annotated, int first, int start, int end, List<Candidate> found,
      List<int[]> titleSpans, List<int[]> titleTails) {
    List<Token> tokens = annotated.tokens();
    String text = annotated.text();
    int[] title = titles.before(annotated, first);
    if (title == null) {
      found.add(new Candidate(start, end, text.substring(start, end), "PERSON"));
      return;
    }
    // A first name left outside the person's span by the title ("President Joe" + "Biden") joins the name.
    int nameStart = title[1] < first ? tokens.get(title[1]).start() : start;
    int roleStart = tokens.get(title[0]).start();
    int roleEnd = tokens.get(title[1] - 1).end();
    titleSpans.add(new int[] {roleStart, roleEnd});
    for (int i = title[0]; i < title[1]; i++) {
      if (tokens.get(i).text().equals("of")) {
        titleTails.add(new int[] {tokens.get(i).end(), roleEnd});
        break;
      }
    }
    String name = text.substring(nameStart, end);
    found.add(new Candidate(nameStart, end, name, name, "PERSON", false, text.substring(roleStart, roleEnd),
        text.substring(roleStart, end)));
  }

  // "the Organization of the Petroleum Exporting Countries": the recognizer often tags only the part after "of
  // (the)"; untagged capitalized words before it, none a title word ("Secretary of State"), belong to the name.
  private int headBeforeOf(List<Token> tokens, int first) {
    int i = first - 1;
    if (i >= 0 && tokens.get(i).text().equals("the")) {
      i--;
    }
    if (i < 1 || !tokens.get(i).text().equals("of")) {
      return first;
    }
    int sentence = tokens.get(first).sentence();
    int head = i;
    for (int j = i - 1; j >= 0; j--) {
      Token token = tokens.get(j);
      boolean nameWord = token.sentence() == sentence && token.pos().startsWith("NNP")
          && Character.isUpperCase(token.text().codePointAt(0))
          && token.ner().equals("O");
      if (!nameWord || titles.isTitleWord(token)) {
        break;
      }
      head = j;
    }
    return head < i ? head : first;
  }

  private static int trimPossessive(String text, int start, int end) {
    String name = text.substring(start, end);
    if (name.endsWith("’s") || name.endsWith("'s")) {
      return end - 2;
    }
    if (name.endsWith("s’") || name.endsWith("s'")) {
      return end - 1;
    }
    return end;
  }

  // "Russian-led", "Putin-centric": the name is the piece before a hyphen followed by a lower-case word.
  private static int compoundHyphen(String text, int start, int end) {
    for (int i = start + 1; i < end - 1; i++) {
      if (text.charAt(i) == '-' && Character.isLowerCase(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  // Plural nouns for members of a movement, party or people ("Nazis", "Democrats", "Islamists"); a plural team
  // name ("Eagles") stays an organization.
  private static boolean isPluralGroupNoun(List<Token> tokens, int first, int endToken) {
    return endToken - first == 1 && tokens.get(first).pos().equals("NNPS")
        && GROUP_NOUN.matcher(tokens.get(first).text()).matches();
  }

  // "U.S. Defense Intelligence Agency": named without the country; the mention keeps the words the text wrote.
  private boolean splitCountryPrefix(List<Token> tokens, String text, int first, int endToken, int end,
      List<Candidate> found, List<Candidate> countryPrefixes) {
    for (int k = 1; k <= 2 && endToken - first - k >= 2; k++) {
      int start = tokens.get(first).start();
      String prefix = text.substring(start, tokens.get(first + k - 1).end());
      if (gazetteer.country(prefix).isPresent()) {
        countryPrefixes.add(new Candidate(start, start + prefix.length(), prefix, "LOCATION"));
        found.add(new Candidate(start, end, text.substring(start, end),
            text.substring(tokens.get(first + k).start(), end), "ORGANIZATION", false, null, null));
        return true;
      }
    }
    return false;
  }

  // A wire dateline opening a paragraph ("PORT HALDEN (Wire) — ...") names a place, whatever the recognizer made of
  // its capitals (it takes "HALDEN" for a person).
  private static void addDatelines(String text, List<Candidate> found) {
    Matcher matcher = DATELINE.matcher(text);
    while (matcher.find()) {
      int start = matcher.start(1);
      int end = matcher.end(1);
      found.removeIf(c -> c.overlaps(start, end));
      found.add(new Candidate(start, end, text.substring(start, end), "LOCATION"));
    }
  }

  // The outlet is an organization wherever the body names it, whatever the recognizer made of its words.
  private static void addOutlet(String text, String outlet, List<Candidate> found) {
    // "The Daily Beast" is written "the Daily Beast" mid-sentence.
    String name = outlet.startsWith("The ") ? outlet.substring(4) : outlet;
    Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
        .matcher(text);
    while (matcher.find()) {
      int start = matcher.start();
      int end = matcher.end();
      found.removeIf(c -> c.overlaps(start, end));
      found.add(new Candidate(start, end, matcher.group(), "ORGANIZATION"));
    }
  }
}
