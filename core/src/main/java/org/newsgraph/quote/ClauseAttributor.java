package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.Token;

/**
 * Finds attributions in one parsed sentence: a cue word from the lexicon, its subject as the source and the clause
 * it governs (or that governs it) as the content; "according to X, ..." as well.
 */
final class ClauseAttributor {

  static final Set<String> CUE_MODIFIERS = Set.of("aux", "aux:pass", "neg", "compound:prt");
  /** Only verbs that are cues this often are trusted without the parse. */
  private static final double PATTERN_SHARE = 0.5;
  private static final double WEAK_SHARE = 0.5;
  private static final Set<String> LEADING_PREPOSITIONS = Set.of("for", "on");
  private static final Set<String> NAME_MODIFIERS = Set.of("compound", "amod", "det", "nmod:poss", "flat");

  private final CueLexicon lexicon;
  private final CueDetector detector;
  private final TokenSpans spans;
  private final PatternAttributor patterns;
  private final ContentFinder contents;
  private final QuotationAdjacency adjacency;
  private final SourceFinder sources;

  ClauseAttributor(CueLexicon lexicon, CueDetector detector, String text, List<Quotation> quotations) {
    this.lexicon = lexicon;
    this.detector = detector;
    this.spans = new TokenSpans(quotations);
    this.patterns = new PatternAttributor(spans);
    this.contents = new ContentFinder(lexicon, spans);
    this.adjacency = new QuotationAdjacency(text, quotations);
    this.sources = new SourceFinder(text, spans, adjacency);
  }

  List<Candidate> find(ParseView graph) {
    List<Candidate> found = new ArrayList<>();
    int first = graph.sentence().firstToken();
    for (int index = first; index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      Candidate candidate = null;
      if (lemma.equals("accord") && graph.has(index + 1) && graph.token(index + 1).text().equalsIgnoreCase("to")) {
        candidate = accordingTo(graph, index);
      } else if (lemma.equals("in") && graph.relation(index).equals("case")) {
        candidate = inSurvey(graph, index);
      } else if (token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && lexicon.isClaim(lemma)) {
        candidate = claimThat(graph, index);
      } else if (detector.isVerbCue(graph, index) && !governsCue(graph, index)) {
        candidate = verb(graph, index);
        if ((candidate == null || candidate.source() == null) && detector.strength(graph, index) >= PATTERN_SHARE) {
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

  private Candidate verb(ParseView graph, int cue) {
    int size = graph.sentence().endToken() - graph.sentence().firstToken();
    boolean[] cueTokens = cueTokens(graph, cue);
    int subject = sources.subject(graph, cue);
    int ownSubject = subject;
    if (subject < 0) {
      subject = sources.inheritedSubject(graph, cue);
    }
    boolean[] content = new boolean[size];
    int[] cluster = cluster(graph, cueTokens, ownSubject);
    List<Segment> contentSpans = adjacency.adjacentQuotations(graph, cue, cluster);
    if (contentSpans.isEmpty() && ownSubject >= 0) {
      contentSpans = contents.aroundParenthetical(graph, cue, cluster);
    }
    if (contentSpans.isEmpty()) {
      contents.parseContent(graph, cue, content);
      if (graph.has(cue + 1) && cueTokens[cue + 1 - graph.sentence().firstToken()]
          && LEADING_PREPOSITIONS.contains(graph.token(cue + 1).text().toLowerCase(Locale.ROOT))) {
        // "called for the council to approve X": the clause after the preposition is what was called for.
        contents.rightSide(graph, cue, content);
      }
      ContentFinder.dropTrailingAside(graph, content);
      ContentFinder.fillGaps(graph, content, cueTokens, subject);
      for (int i = 0; i < size; i++) {
        content[i] &= !cueTokens[i];
      }
      contentSpans = spans.runs(graph, content);
      if (!contentSpans.isEmpty() && contentSpans.get(contentSpans.size() - 1).end() <= cluster[0]) {
        if (ContentFinder.takesArgumentAfter(graph, cue)) {
          java.util.Arrays.fill(content, false);
          contents.rightSide(graph, cue, content);
          contentSpans = spans.runs(graph, content);
        } else if (ContentFinder.endsSentence(graph, cue, cluster[1])) {
          contentSpans = contents.leadingContent(graph, cluster[0]);
        }
      }
    }
    if (contentSpans.isEmpty()) {
      return null;
    }
    if (ownSubject < 0 && subject < 0) {
      subject = sources.invertedSubject(graph, cue, contentSpans);
    }
    Segment source = null;
    if (subject >= 0) {
      boolean[] sourceTokens = graph.subtree(subject);
      for (int child : graph.children(subject)) {
        String ner = graph.token(child).ner();
        String relation = graph.relation(child);
        // "federal prosecutors in April": a time the parser hung on the speaker belongs to the verb.
        boolean time = (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION"))
            && (relation.startsWith("obl") || relation.endsWith("tmod")
                || relation.equals("nmod") && graph.child(child, "case") >= 0);
        if (graph.relation(child).equals("acl") && graph.token(child).pos().equals("VBG") || time) {
          boolean[] participle = graph.subtree(child);
          for (int i = 0; i < size; i++) {
            sourceTokens[i] &= !participle[i];
          }
        }
      }
      for (int i = 0; i < size; i++) {
        sourceTokens[i] &= !content[i] && !cueTokens[i];
      }
      source = sources.sourceSpan(graph, sourceTokens, subject);
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
      source = sources.sourceSpan(graph, sourceTokens, subject);
    }
    Segment cueSpan = spans.cueHull(graph, cueTokens);
    contentSpans = afterCue(graph, cueTokens, contentSpans);
    if (cueSpan == null || overlapsAny(cueSpan, contentSpans)) {
      return null;
    }
    boolean passive = graph.child(cue, "aux:pass") >= 0 || graph.relation(cue).startsWith("acl")
        && !graph.token(cue).pos().equals("VBG");
    boolean clause = graph.child(cue, "ccomp") >= 0;
    double share = detector.strength(graph, cue);
    // A passive or source-less use of a verb that is rarely a cue ("was introduced", "focusing on") reports nobody.
    boolean modifier = graph.relation(cue).equals("acl");
    if (!clause && share < WEAK_SHARE && (passive || modifier || source == null)) {
      return null;
    }
    return new Candidate(source, source == null ? -1 : subject, cueSpan, cue, contentSpans);
  }

  /**
   * "appeared to suggest", "avoids condemning": a verb whose complement right after it is itself a cue is part of
   * that cue, not a cue of its own.
   */
  private boolean governsCue(ParseView graph, int verb) {
    int complement = graph.child(verb, "xcomp");
    return complement > verb && chained(graph, verb, complement) && detector.isVerbCue(graph, complement);
  }

  /** Whether only "to", "not" and adverbs stand between a verb and its complement. */
  private static boolean chained(ParseView graph, int verb, int complement) {
    if (!graph.token(verb).pos().startsWith("VB") || complement - verb > 3) {
      return false;
    }
    for (int i = verb + 1; i < complement; i++) {
      Token between = graph.token(i);
      String word = between.text().toLowerCase(Locale.ROOT);
      if (!word.equals("to") && !word.equals("not") && !word.equals("n't") && !between.pos().startsWith("RB")) {
        return false;
      }
    }
    return true;
  }

  /** The cue verb with its auxiliaries, negation, particle and the adverbs between them ("has also said"). */
  private boolean[] cueTokens(ParseView graph, int cue) {
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
    // "wants to discuss": PolNeAR's cue takes the infinitive marker.
    if (graph.has(cue - 1) && graph.governor(cue - 1) == cue && graph.relation(cue - 1).equals("mark")
        && graph.token(cue - 1).text().equalsIgnoreCase("to")) {
      marks[cue - 1 - first] = true;
    }
    // "called for X to Y", "called on X to Y": the preposition of the clause or phrase that follows is the cue's.
    if (graph.has(cue + 1) && LEADING_PREPOSITIONS.contains(graph.token(cue + 1).text().toLowerCase(Locale.ROOT))
        && Set.of("mark", "case").contains(graph.relation(cue + 1)) && graph.governor(cue + 1) > cue + 1
        && graph.governor(graph.governor(cue + 1)) == cue && !lexicon.isChannel(graph.token(cue).lemma())
        && !Set.of("DATE", "TIME", "DURATION").contains(graph.token(graph.governor(cue + 1)).ner())) {
      marks[cue + 1 - first] = true;
    }
    int governor = graph.governor(cue);
    if (graph.relation(cue).equals("xcomp") && governor >= 0 && governor < cue && chained(graph, governor, cue)) {
      for (int i = governor; i < cue; i++) {
        marks[i - first] = true;
      }
      for (int child : graph.children(governor)) {
        if (child < governor && CUE_MODIFIERS.contains(graph.relation(child))) {
          marks[child - first] = true;
        }
      }
    }
    if (graph.has(cue + 1) && graph.token(cue + 1).text().equals(":")) {
      marks[cue + 1 - first] = true;
    }
    if (graph.child(cue, "ccomp") < 0 && graph.child(cue, "xcomp") < 0 && graph.child(cue, "obj") < 0) {
      int topic = contents.topic(graph, cue);
      if (topic >= 0) {
        int preposition = graph.child(topic, "case");
        if (preposition == cue + 1 || preposition == lastMarked(marks, first) + 1) {
          marks[preposition - first] = true;
        }
      }
    }
    return marks;
  }

  private static int lastMarked(boolean[] marks, int first) {
    for (int i = marks.length - 1; i >= 0; i--) {
      if (marks[i]) {
        return first + i;
      }
    }
    return -1;
  }

  /** Character range {start, end} of the cue with its subject. */
  private static int[] cluster(ParseView graph, boolean[] cueTokens, int subject) {
    boolean[] marks = cueTokens.clone();
    if (subject >= 0) {
      graph.subtree(subject, marks);
    }
    int first = graph.sentence().firstToken();
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = 0; i < marks.length; i++) {
      Token token = graph.token(first + i);
      if (marks[i] && !TokenSpans.isPunctuation(token)) {
        lo = Math.min(lo, token.start());
        hi = Math.max(hi, token.end());
      }
    }
    return new int[] {lo, hi};
  }

  /** "According to X, Y": X is the source, "according to" the cue, the rest of the clause the content. */
  private Candidate accordingTo(ParseView graph, int according) {
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

  /**
   * "His claim that the count was rigged": the possessor is the source, the noun the cue, the "that" clause the
   * content. Without a possessor the claim is no one's in particular ("the claim that …" ) and is left alone.
   */
  private Candidate claimThat(ParseView graph, int noun) {
    int owner = graph.child(noun, "nmod:poss");
    int clause = -1;
    for (int child : graph.children(noun)) {
      String relation = graph.relation(child);
      if (child > noun && (relation.equals("ccomp") || relation.equals("acl")) && opensWithThat(graph, child)) {
        clause = child;
        break;
      }
    }
    if (owner < 0 || owner > noun || clause < 0) {
      return null;
    }
    Segment source = spans.hull(graph, graph.subtree(owner));
    List<Segment> content = spans.runs(graph, graph.subtree(clause));
    if (source == null || content.isEmpty()) {
      return null;
    }
    Segment cue = new Segment(graph.token(noun).start(), graph.token(noun).end());
    return new Candidate(source, owner, cue, noun, content);
  }

  private static boolean opensWithThat(ParseView graph, int clause) {
    for (int child : graph.children(clause)) {
      if (child < clause && graph.relation(child).equals("mark")
          && graph.token(child).text().equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "In a CNN poll released Monday, Clinton led by five points": the survey is the source, "in" the cue and the
   * rest of the clause the content. Only a fronted survey: after its clause ("ahead in the polls") it is as often
   * circumstance as source, and on train that use cost more than it gave.
   */
  private Candidate inSurvey(ParseView graph, int in) {
    int sourceHead = graph.governor(in);
    if (sourceHead < 0 || !surveyPhrase(graph, sourceHead) || !graph.relation(sourceHead).startsWith("obl")) {
      return null;
    }
    int clause = graph.governor(sourceHead);
    if (clause < in || graph.child(clause, "nsubj") < 0 && graph.child(clause, "nsubj:pass") < 0) {
      return null;
    }
    int first = graph.sentence().firstToken();
    boolean[] source = graph.subtree(sourceHead);
    source[in - first] = false;
    boolean[] content = graph.subtree(clause);
    for (int i = 0; i < content.length; i++) {
      content[i] &= !source[i] && i != in - first;
    }
    // "In a poll conducted last week, Clinton led": the parse often hangs the participle on the verb; up to the
    // comma before the clause's subject the fronted phrase is the survey's.
    int subject = graph.child(clause, "nsubj") >= 0 ? graph.child(clause, "nsubj") : clause;
    int comma = Math.min(clause, subject) - 1;
    while (comma > in && !graph.token(comma).text().equals(",")) {
      comma--;
    }
    for (int i = in + 1; i < comma; i++) {
      source[i - first] = true;
      content[i - first] = false;
    }
    List<Segment> contentSpans = spans.runs(graph, content);
    Segment sourceSpan = spans.hull(graph, source);
    if (contentSpans.isEmpty() || sourceSpan == null) {
      return null;
    }
    Segment cue = new Segment(graph.token(in).start(), graph.token(in).end());
    return new Candidate(sourceSpan, sourceHead, cue, in, contentSpans);
  }

  /** A poll or survey, or a phrase of them ("the average of New Hampshire polls"). */
  private boolean surveyPhrase(ParseView graph, int head) {
    if (lexicon.isSurvey(graph.token(head).lemma())) {
      return true;
    }
    for (int child : graph.children(head)) {
      if (graph.relation(child).startsWith("nmod") && lexicon.isSurvey(graph.token(child).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The content without a cue word it starts with ("called | for X to Y" becomes "called for | X to Y"). */
  private static List<Segment> afterCue(ParseView graph, boolean[] cueTokens, List<Segment> contentSpans) {
    if (contentSpans.isEmpty()) {
      return contentSpans;
    }
    Segment head = contentSpans.get(0);
    int first = graph.sentence().firstToken();
    for (int i = 0; i < cueTokens.length; i++) {
      Token token = graph.token(first + i);
      if (cueTokens[i] && token.start() == head.start() && graph.has(first + i + 1)
          && graph.token(first + i + 1).start() < head.end()) {
        List<Segment> trimmed = new ArrayList<>(contentSpans);
        trimmed.set(0, new Segment(graph.token(first + i + 1).start(), head.end()));
        return trimmed;
      }
    }
    return contentSpans;
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
