package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Token;

/**
 * Finds attributions in one parsed sentence: a cue word from the lexicon, its subject as the source and the clause
 * it governs (or that governs it) as the content; "according to X, ..." as well.
 */
final class ClauseAttributor {

  private static final Set<String> CUE_MODIFIERS = Set.of("aux", "aux:pass", "neg", "compound:prt");
  /** Only verbs that are cues this often are trusted without the parse. */
  private static final double PATTERN_SHARE = 0.5;
  private static final Set<String> INHERITS_SUBJECT = Set.of("conj", "xcomp", "advcl");
  private static final Set<String> NAME_MODIFIERS = Set.of("compound", "amod", "det", "nmod:poss", "case", "flat");

  private final CueLexicon lexicon;
  private final TokenSpans spans;
  private final PatternAttributor patterns;
  private final List<Quotation> quotations;
  private final String text;

  ClauseAttributor(CueLexicon lexicon, String text, List<Quotation> quotations) {
    this.lexicon = lexicon;
    this.text = text;
    this.quotations = quotations;
    this.spans = new TokenSpans(quotations);
    this.patterns = new PatternAttributor(spans);
  }

  List<Candidate> find(SentenceGraph graph) {
    List<Candidate> found = new ArrayList<>();
    int first = graph.sentence().firstToken();
    for (int index = first; index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      Candidate candidate = null;
      if (lemma.equals("accord") && graph.has(index + 1) && graph.token(index + 1).text().equalsIgnoreCase("to")) {
        candidate = accordingTo(graph, index);
      } else if (token.pos().startsWith("VB") && lexicon.isVerb(lemma)) {
        candidate = verb(graph, index);
        if ((candidate == null || candidate.source() == null) && lexicon.verbShare(lemma) >= PATTERN_SHARE) {
          Candidate matched = patterns.match(graph, index);
          candidate = matched != null ? matched : candidate;
        }
      }
      if (candidate != null) {
        found.add(candidate);
      }
    }
    return found;
  }

  private Candidate verb(SentenceGraph graph, int cue) {
    int size = graph.sentence().endToken() - graph.sentence().firstToken();
    boolean[] cueTokens = cueTokens(graph, cue);
    int subject = subject(graph, cue);
    int ownSubject = subject;
    if (subject < 0) {
      subject = inheritedSubject(graph, cue);
    }
    boolean[] content = new boolean[size];
    int[] cluster = cluster(graph, cueTokens, ownSubject);
    List<Segment> contentSpans = adjacentQuotations(graph, cue, cluster);
    if (contentSpans.isEmpty()) {
      parseContent(graph, cue, content);
      fillGaps(graph, content, cueTokens, subject);
      contentSpans = spans.runs(graph, content);
      if (!contentSpans.isEmpty() && contentSpans.get(contentSpans.size() - 1).end() <= cluster[0]) {
        if (takesArgumentAfter(graph, cue)) {
          java.util.Arrays.fill(content, false);
          rightSide(graph, cue, content);
          contentSpans = spans.runs(graph, content);
        } else if (endsSentence(graph, cue, cluster[1])) {
          contentSpans = leadingContent(graph, cluster[0]);
        }
      }
    }
    if (contentSpans.isEmpty()) {
      return null;
    }
    if (ownSubject < 0 && subject < 0) {
      subject = invertedSubject(graph, cue, contentSpans);
    }
    Segment source = null;
    if (subject >= 0) {
      boolean[] sourceTokens = graph.subtree(subject);
      for (int child : graph.children(subject)) {
        if (graph.relation(child).equals("acl") && graph.token(child).pos().equals("VBG")) {
          boolean[] participle = graph.subtree(child);
          for (int i = 0; i < size; i++) {
            sourceTokens[i] &= !participle[i];
          }
        }
      }
      for (int i = 0; i < size; i++) {
        sourceTokens[i] &= !content[i] && !cueTokens[i];
      }
      source = sourceSpan(graph, sourceTokens, subject);
    } else if (graph.relation(cue).equals("acl") && graph.governor(cue) >= 0
        && graph.token(cue).pos().equals("VBG")) {
      // "footage of Trump saying ...": the noun the participle hangs on, with its name words.
      subject = graph.governor(cue);
      boolean[] sourceTokens = new boolean[size];
      sourceTokens[subject - graph.sentence().firstToken()] = true;
      for (int child : graph.children(subject)) {
        if (child < subject && NAME_MODIFIERS.contains(graph.relation(child))) {
          graph.subtree(child, sourceTokens);
        }
      }
      source = sourceSpan(graph, sourceTokens, subject);
    }
    Segment cueSpan = spans.cueHull(graph, cueTokens);
    if (cueSpan == null || overlapsAny(cueSpan, contentSpans)) {
      return null;
    }
    return new Candidate(source, source == null ? -1 : subject, cueSpan, cue, contentSpans);
  }

  /** The cue verb with its auxiliaries, negation, particle and the adverbs between them ("has also said"). */
  private boolean[] cueTokens(SentenceGraph graph, int cue) {
    int first = graph.sentence().firstToken();
    boolean[] marks = new boolean[graph.sentence().endToken() - first];
    marks[cue - first] = true;
    int lo = cue;
    for (int child : graph.children(cue)) {
      if (CUE_MODIFIERS.contains(graph.relation(child))) {
        marks[child - first] = true;
        lo = Math.min(lo, child);
      }
    }
    for (int child : graph.children(cue)) {
      if (graph.relation(child).equals("advmod") && child > lo && child < cue) {
        marks[child - first] = true;
      }
    }
    // An adverb right before the verb belongs to the cue in PolNeAR ("also said", "repeatedly claimed").
    for (int before = Math.min(lo, cue) - 1; graph.has(before) && graph.governor(before) == cue
        && graph.relation(before).equals("advmod") && graph.token(before).pos().startsWith("RB"); before--) {
      marks[before - first] = true;
    }
    if (graph.has(cue + 1) && graph.token(cue + 1).text().equals(":")) {
      marks[cue + 1 - first] = true;
    }
    if (graph.child(cue, "ccomp") < 0 && graph.child(cue, "xcomp") < 0 && graph.child(cue, "obj") < 0) {
      int topic = topic(graph, cue);
      if (topic >= 0) {
        int preposition = graph.child(topic, "case");
        if (preposition == cue + 1 || preposition == lastMarked(marks, first) + 1) {
          marks[preposition - first] = true;
        }
      }
    }
    return marks;
  }

  private void parseContent(SentenceGraph graph, int cue, boolean[] content) {
    int complement = graph.child(cue, "ccomp");
    if (complement < 0) {
      complement = complementOfModifier(graph, cue);
    }
    if (complement >= 0) {
      graph.subtree(complement, content);
    } else if (graph.relation(cue).equals("parataxis") && graph.governor(cue) >= 0) {
      graph.subtree(graph.governor(cue), content);
      boolean[] cueClause = graph.subtree(cue);
      for (int i = 0; i < content.length; i++) {
        content[i] &= !cueClause[i];
      }
    } else {
      int xcomp = graph.child(cue, "xcomp");
      int object = graph.child(cue, "obj");
      int topic = topic(graph, cue);
      boolean objectIsContent = object >= 0 && !lexicon.isChannel(graph.token(cue).lemma());
      if (xcomp >= 0 || objectIsContent || topic >= 0) {
        rightSide(graph, cue, content);
        if (topic >= 0 && xcomp < 0 && !objectIsContent) {
          content[graph.child(topic, "case") - graph.sentence().firstToken()] = false;
        }
      }
    }
  }

  /**
   * What a cue verb says when it takes no clause ("criticized X as Y", "urged X to Y", "called for X"): its
   * dependents after it, without times, its subject, and other attributions it introduces (", saying ...").
   */
  private void rightSide(SentenceGraph graph, int cue, boolean[] content) {
    for (int child : graph.children(cue)) {
      if (child < cue) {
        continue;
      }
      String relation = graph.relation(child);
      String ner = graph.token(child).ner();
      boolean time = ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
      boolean clause = relation.equals("advcl") || relation.equals("conj") || relation.equals("parataxis");
      boolean clauseAfterComma = clause && (precededByComma(graph, child)
          || lexicon.isVerb(graph.token(child).lemma().toLowerCase(java.util.Locale.ROOT)));
      if (relation.startsWith("nsubj") || relation.equals("punct") || relation.equals("cc") || time
          || clauseAfterComma || CUE_MODIFIERS.contains(relation) || relation.equals("advmod")) {
        continue;
      }
      graph.subtree(child, content);
    }
  }

  private static boolean precededByComma(SentenceGraph graph, int clauseHead) {
    boolean[] clause = graph.subtree(clauseHead);
    int first = graph.sentence().firstToken();
    for (int i = 0; i < clause.length; i++) {
      if (clause[i]) {
        return graph.has(first + i - 1) && graph.token(first + i - 1).text().equals(",");
      }
    }
    return false;
  }

  /**
   * The cue's active subject: of several (a parser slip), the nearest outside any quotation, since a speaker is
   * not inside their own words.
   */
  private int subject(SentenceGraph graph, int cue) {
    int best = -1;
    for (int child : graph.children(cue)) {
      if (graph.relation(child).equals("nsubj") && !insideQuotation(graph.token(child).start())
          && (best < 0 || Math.abs(child - cue) < Math.abs(best - cue))) {
        best = child;
      }
    }
    return best;
  }

  /**
   * A content is one stretch unless the cue or the source interrupts it: words the parse hung elsewhere ("urged his
   * supporters at a rally Friday evening to ...") are filled in.
   */
  private static void fillGaps(SentenceGraph graph, boolean[] content, boolean[] cueTokens, int subject) {
    boolean[] blocked = cueTokens.clone();
    if (subject >= 0) {
      graph.subtree(subject, blocked);
    }
    int lo = -1;
    int hi = -1;
    for (int i = 0; i < content.length; i++) {
      if (content[i]) {
        lo = lo < 0 ? i : lo;
        hi = i;
      }
    }
    int gapStart = -1;
    for (int i = lo; i >= 0 && i <= hi; i++) {
      if (!content[i] && gapStart < 0) {
        gapStart = i;
      } else if (content[i] && gapStart >= 0) {
        boolean free = true;
        for (int j = gapStart; j < i; j++) {
          free &= !blocked[j];
        }
        for (int j = gapStart; free && j < i; j++) {
          content[j] = true;
        }
        gapStart = -1;
      }
    }
  }

  /** "Trump said X, arguing Y": a participle or coordinated cue takes the subject of the verb it hangs on. */
  private int inheritedSubject(SentenceGraph graph, int cue) {
    int current = cue;
    for (int steps = 0; steps < 3 && INHERITS_SUBJECT.contains(graph.relation(current)); steps++) {
      current = graph.governor(current);
      if (current < 0) {
        return -1;
      }
      int subject = subject(graph, current);
      if (subject >= 0) {
        return subject;
      }
    }
    return -1;
  }

  /** "“...,” said Smith": the parser takes the speaker after the verb for its object. */
  private int invertedSubject(SentenceGraph graph, int cue, List<Segment> content) {
    int object = graph.child(cue, "obj");
    if (object > cue && content.get(0).start() < graph.token(cue).start()) {
      return object;
    }
    return -1;
  }

  /**
   * The source: the subject's phrase outside any quotation, taking the comma that closes an appositive ("Jane Doe,
   * the spokeswoman,") and the parenthesis it opened.
   */
  private Segment sourceSpan(SentenceGraph graph, boolean[] tokens, int head) {
    int first = graph.sentence().firstToken();
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] && insideQuotation(graph.token(first + i).start())) {
        tokens[i] = false;
      }
    }
    int lo = head - first;
    int hi = head - first;
    while (lo > 0 && tokens[lo - 1]) {
      lo--;
    }
    while (hi + 1 < tokens.length && tokens[hi + 1]) {
      hi++;
    }
    Segment span = spans.hull(graph, range(tokens.length, lo, hi));
    if (span == null) {
      return null;
    }
    String inside = text.substring(span.start(), span.end());
    int end = span.end();
    if (inside.lastIndexOf('(') > inside.lastIndexOf(')')) {
      int close = text.indexOf(')', end);
      if (close >= 0 && close - end <= 3) {
        end = close + 1;
      }
    }
    if (inside.indexOf(',') >= 0 && text.startsWith(",", end)) {
      end++;
    }
    return new Segment(span.start(), end);
  }

  private static boolean[] range(int size, int lo, int hi) {
    boolean[] marks = new boolean[size];
    for (int i = lo; i <= hi; i++) {
      marks[i] = true;
    }
    return marks;
  }

  private boolean insideQuotation(int offset) {
    for (Quotation quotation : quotations) {
      if (quotation.start() > offset) {
        return false;
      }
      if (quotation.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** "complained about X", "called for X": a prepositional object the cue takes its preposition from. */
  private int topic(SentenceGraph graph, int cue) {
    for (int child : graph.children(cue)) {
      if (graph.relation(child).equals("obl") && child > cue) {
        int preposition = graph.child(child, "case");
        String ner = graph.token(child).ner();
        if (preposition >= 0 && lexicon.isTopicPreposition(graph.token(preposition).lemma())
            && !ner.equals("DATE") && !ner.equals("TIME") && !ner.equals("DURATION")) {
          return child;
        }
      }
    }
    return -1;
  }

  private static int lastMarked(boolean[] marks, int first) {
    for (int i = marks.length - 1; i >= 0; i--) {
      if (marks[i]) {
        return first + i;
      }
    }
    return -1;
  }

  /** "noted in a statement that ...": the parser hangs the clause on the modifier instead of the verb. */
  private static int complementOfModifier(SentenceGraph graph, int cue) {
    for (int child : graph.children(cue)) {
      if (child > cue && graph.relation(child).equals("obl")) {
        int complement = graph.child(child, "ccomp");
        if (complement >= 0) {
          return complement;
        }
      }
    }
    return -1;
  }

  /** Character range {start, end} of the cue with its subject. */
  private static int[] cluster(SentenceGraph graph, boolean[] cueTokens, int subject) {
    boolean[] marks = cueTokens.clone();
    if (subject >= 0) {
      graph.subtree(subject, marks);
    }
    int first = graph.sentence().firstToken();
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = 0; i < marks.length; i++) {
      Token token = graph.token(first + i);
      if (marks[i] && !isPunctuation(token)) {
        lo = Math.min(lo, token.start());
        hi = Math.max(hi, token.end());
      }
    }
    return new int[] {lo, hi};
  }

  /**
   * The quotations the cue and its subject sit next to: "“...,” X said", "X said: “...”", "“...,” X said, “...”".
   * They win over the parse, which often misattaches a quotation the sentence splitter cut.
   */
  private List<Segment> adjacentQuotations(SentenceGraph graph, int cue, int[] cluster) {
    Quotation before = null;
    Quotation after = null;
    for (Quotation quotation : quotations) {
      if (quotation.end() <= cluster[0] && gapIsPunctuation(graph, quotation.end(), cluster[0])
          && text.substring(quotation.end(), cluster[0]).indexOf('\n') < 0 && leadsOut(quotation, cluster[0])) {
        before = quotation;
      }
      if (quotation.start() >= cluster[1]) {
        if (leadsInto(graph, cue, cluster[1], quotation.start()) && standsAlone(quotation)) {
          after = quotation;
        }
        break;
      }
    }
    List<Segment> parts = new ArrayList<>(2);
    if (before != null) {
      parts.add(new Segment(before.start(), before.end()));
    }
    if (after != null && (before == null || continues(before))) {
      parts.add(new Segment(after.start(), after.end()));
    }
    return parts;
  }

  /** "“...,” he said" or "“...?” she asked", not a quoted sentence closed by a full stop before "He said". */
  private boolean leadsOut(Quotation quotation, int cueStart) {
    String inside = text.substring(quotation.start(), quotation.end()).strip();
    char last = inside.length() >= 2 ? inside.charAt(inside.length() - 2) : ' ';
    return last != '.' || text.substring(quotation.end(), cueStart).contains(",");
  }

  /** A quoted sentence or clause, not a word or phrase set in a sentence of the reporter's ("about “hellish” sanctions"). */
  private boolean standsAlone(Quotation quotation) {
    String inside = text.substring(quotation.start(), quotation.end()).strip();
    char last = inside.length() >= 2 ? inside.charAt(inside.length() - 2) : ' ';
    if (".,?!…—–-:;".indexOf(last) >= 0) {
      return true;
    }
    String after = text.substring(quotation.end(), Math.min(text.length(), quotation.end() + 2)).strip();
    return after.isEmpty() || ".?!".indexOf(after.charAt(0)) >= 0;
  }

  /** A quotation ending in a comma goes on after its cue. */
  private boolean continues(Quotation quotation) {
    String inside = text.substring(quotation.start(), quotation.end()).strip();
    return inside.length() >= 2 && inside.charAt(inside.length() - 2) == ',';
  }

  /** Only the cue's own modifiers, then a colon or comma, lie between the cue and a quotation. */
  private boolean leadsInto(SentenceGraph graph, int cue, int from, int to) {
    String gap = text.substring(from, to);
    if (gap.length() > 40 || gap.indexOf('\n') >= 0) {
      return false;
    }
    String stripped = gap.strip();
    if (stripped.isEmpty()) {
      return true;
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last != ':' && last != ',') {
      return false;
    }
    for (int index = graph.sentence().firstToken(); index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      if (token.start() >= from && token.end() <= to && !isPunctuation(token) && !graph.dominates(cue, index)) {
        return false;
      }
    }
    return true;
  }

  /** "the agency assessed last week the war ... has reached": an object or clause follows the cue. */
  private static boolean takesArgumentAfter(SentenceGraph graph, int cue) {
    for (int child : graph.children(cue)) {
      String relation = graph.relation(child);
      if (child > cue && (relation.equals("obj") || relation.equals("ccomp") || relation.equals("xcomp")
          || relation.equals("dep"))) {
        return true;
      }
    }
    return false;
  }

  /** Nothing but the cue's own modifiers and punctuation follows the cue and its subject in the sentence. */
  private static boolean endsSentence(SentenceGraph graph, int cue, int clusterEnd) {
    for (int index = graph.sentence().firstToken(); index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      if (token.start() >= clusterEnd && !isPunctuation(token) && !graph.dominates(cue, index)) {
        return false;
      }
    }
    return true;
  }

  /** "Y, X said.": everything of the sentence before the cue and its subject. */
  private List<Segment> leadingContent(SentenceGraph graph, int clusterStart) {
    int first = graph.sentence().firstToken();
    boolean[] marks = new boolean[graph.sentence().endToken() - first];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = graph.token(first + i).end() <= clusterStart;
    }
    return spans.runs(graph, marks);
  }

  private static boolean gapIsPunctuation(SentenceGraph graph, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int index = graph.sentence().firstToken(); index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      if (token.start() >= from && token.end() <= to && !isPunctuation(token)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPunctuation(Token token) {
    for (int i = 0; i < token.text().length(); i++) {
      if (Character.isLetterOrDigit(token.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "According to X, Y": X is the source, "according to" the cue, the rest of the clause the content. */
  private Candidate accordingTo(SentenceGraph graph, int according) {
    int sourceHead = graph.governor(according);
    if (sourceHead < 0 || !graph.has(sourceHead) || sourceHead == according + 1) {
      return null;
    }
    int clause = graph.governor(sourceHead);
    boolean[] source = graph.subtree(sourceHead);
    int first = graph.sentence().firstToken();
    source[according - first] = false;
    source[according + 1 - first] = false;
    boolean[] content;
    if (clause >= 0) {
      content = graph.subtree(clause);
      boolean[] sourcePhrase = graph.subtree(sourceHead);
      for (int i = 0; i < content.length; i++) {
        content[i] &= !sourcePhrase[i];
      }
    } else {
      content = new boolean[source.length];
    }
    List<Segment> contentSpans = spans.runs(graph, content);
    Segment sourceSpan = spans.hull(graph, source);
    if (contentSpans.isEmpty() || sourceSpan == null) {
      return null;
    }
    Segment cue = new Segment(graph.token(according).start(), graph.token(according + 1).end());
    return new Candidate(sourceSpan, sourceHead, cue, according, contentSpans);
  }

  private static boolean overlapsAny(Segment span, List<Segment> parts) {
    for (Segment part : parts) {
      if (span.start() < part.end() && span.end() > part.start()) {
        return true;
      }
    }
    return false;
  }
}
