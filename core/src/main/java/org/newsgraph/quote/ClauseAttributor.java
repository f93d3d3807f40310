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
  private static final Set<String> INHERITS_SUBJECT = Set.of("conj", "xcomp", "advcl");

  private final CueLexicon lexicon;
  private final TokenSpans spans;
  private final List<Quotation> quotations;

  ClauseAttributor(CueLexicon lexicon, List<Quotation> quotations) {
    this.lexicon = lexicon;
    this.quotations = quotations;
    this.spans = new TokenSpans(quotations);
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
    int subject = graph.child(cue, "nsubj");
    if (subject >= 0 && graph.relation(subject).equals("nsubj:pass")) {
      subject = -1;
    }
    if (subject < 0 && INHERITS_SUBJECT.contains(graph.relation(cue)) && graph.governor(cue) >= 0) {
      int inherited = graph.child(graph.governor(cue), "nsubj");
      subject = inherited >= 0 && !graph.relation(inherited).equals("nsubj:pass") ? inherited : -1;
    }
    boolean[] content = new boolean[size];
    int complement = graph.child(cue, "ccomp");
    if (complement >= 0) {
      graph.subtree(complement, content);
    } else if (graph.relation(cue).equals("parataxis") && graph.governor(cue) >= 0) {
      graph.subtree(graph.governor(cue), content);
      boolean[] cueClause = graph.subtree(cue);
      for (int i = 0; i < size; i++) {
        content[i] &= !cueClause[i];
      }
    } else {
      int xcomp = graph.child(cue, "xcomp");
      if (xcomp >= 0) {
        int object = graph.child(cue, "obj");
        if (object >= 0) {
          graph.subtree(object, content);
        }
        graph.subtree(xcomp, content);
      }
    }
    List<Segment> contentSpans = spans.runs(graph, content);
    if (contentSpans.isEmpty()) {
      Segment adjacent = adjacentQuotation(graph, cue, subject);
      if (adjacent == null) {
        return null;
      }
      contentSpans = List.of(adjacent);
    }
    Segment source = null;
    if (subject >= 0) {
      boolean[] sourceTokens = graph.subtree(subject);
      for (int i = 0; i < size; i++) {
        sourceTokens[i] &= !content[i] && !cueTokens[i];
      }
      source = spans.hull(graph, sourceTokens);
    }
    Segment cueSpan = spans.hull(graph, cueTokens);
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
    return marks;
  }

  /** "He said: “...”" or "“...” he said" when the parse did not attach the quotation to the cue. */
  private Segment adjacentQuotation(SentenceGraph graph, int cue, int subject) {
    boolean[] clause = graph.subtree(cue);
    int first = graph.sentence().firstToken();
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = 0; i < clause.length; i++) {
      if (clause[i] && !isPunctuation(graph.token(first + i))) {
        lo = Math.min(lo, graph.token(first + i).start());
        hi = Math.max(hi, graph.token(first + i).end());
      }
    }
    if (hi < 0) {
      return null;
    }
    for (Quotation quotation : quotations) {
      if (quotation.start() >= hi && gapIsPunctuation(graph, hi, quotation.start())) {
        return new Segment(quotation.start(), quotation.end());
      }
      if (quotation.end() <= lo && gapIsPunctuation(graph, quotation.end(), lo)) {
        return new Segment(quotation.start(), quotation.end());
      }
      if (quotation.start() > hi) {
        break;
      }
    }
    return null;
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
