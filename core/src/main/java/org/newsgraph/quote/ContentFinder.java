package org.newsgraph.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Token;

/**
 * Where an attribution's content lies around its cue in the parse: the clause the cue governs, the clause it
 * interrupts, what follows a cue that takes no clause, or the sentence before a cue that ends it.
 */
final class ContentFinder {

  private static final Set<String> CUE_MODIFIERS = ClauseAttributor.CUE_MODIFIERS;

  private final CueLexicon lexicon;
  private final TokenSpans spans;

  ContentFinder(CueLexicon lexicon, TokenSpans spans) {
    this.lexicon = lexicon;
    this.spans = spans;
  }

  void parseContent(ParseView graph, int cue, boolean[] content) {
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
        if (objectIsContent && xcomp < 0) {
          clauseAfterObject(graph, content);
        }
      }
    }
  }

  /** "noted in a statement that ...": the parser hangs the clause on the modifier instead of the verb. */
  static int complementOfModifier(ParseView graph, int cue) {
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

  /**
   * What a cue verb says when it takes no clause ("criticized X as Y", "urged X to Y", "called for X"): its
   * dependents after it, without times, its subject, and other attributions it introduces (", saying ...").
   */
  void rightSide(ParseView graph, int cue, boolean[] content) {
    for (int child : graph.children(cue)) {
      if (child < cue) {
        continue;
      }
      String relation = graph.relation(child);
      String ner = graph.token(child).ner();
      boolean time = ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
      boolean clause = relation.equals("advcl") || relation.equals("conj") || relation.equals("parataxis");
      boolean clauseAfterComma = clause && (precededByComma(graph, child)
          || lexicon.isVerb(graph.token(child).lemma().toLowerCase(Locale.ROOT)));
      int preposition = graph.child(child, "case");
      boolean circumstance = relation.startsWith("obl") && child != topic(graph, cue)
          && !(preposition >= 0 && graph.token(preposition).lemma().equalsIgnoreCase("as"));
      if (relation.startsWith("nsubj") || relation.equals("punct") || relation.equals("cc") || time
          || clauseAfterComma || circumstance || CUE_MODIFIERS.contains(relation) || relation.equals("advmod")) {
        continue;
      }
      graph.subtree(child, content);
    }
  }

  static boolean precededByComma(ParseView graph, int clauseHead) {
    boolean[] clause = graph.subtree(clauseHead);
    int first = graph.sentence().firstToken();
    for (int i = 0; i < clause.length; i++) {
      if (clause[i]) {
        return graph.has(first + i - 1) && graph.token(first + i - 1).text().equals(",");
      }
    }
    return false;
  }

  /** "complained about X", "called for X": a prepositional object the cue takes its preposition from. */
  int topic(ParseView graph, int cue) {
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

  /**
   * "promised the expansion of NATO would evoke a response": a finite verb right after the object shows the object
   * was the subject of a clause the parser broke off; the content runs to the end of the sentence.
   */
  static void clauseAfterObject(ParseView graph, boolean[] content) {
    int first = graph.sentence().firstToken();
    int last = -1;
    for (int i = 0; i < content.length; i++) {
      if (content[i]) {
        last = i;
      }
    }
    if (last < 0 || last + 1 >= content.length) {
      return;
    }
    String pos = graph.token(first + last + 1).pos();
    if (pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP")) {
      for (int i = last + 1; i < content.length; i++) {
        content[i] = true;
      }
    }
  }

  /** Marks that set off an aside: ", which ..." after a relative clause, "― ..." or "-- ..." after anything. */
  private static boolean opensAside(ParseView graph, int head, String mark) {
    if (mark.equals("--") || mark.equals("―") || mark.equals("—") || mark.equals("–")) {
      return true;
    }
    return mark.equals(",") && graph.relation(head).equals("acl:relcl");
  }

  /**
   * ", who is 70", ", which makes him an outlier" or "― probably not what he meant" closing a content is the
   * reporter's aside.
   */
  static void dropTrailingAside(ParseView graph, boolean[] content) {
    int first = graph.sentence().firstToken();
    int last = -1;
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] && !TokenSpans.isPunctuation(graph.token(first + i))) {
        last = i;
        break;
      }
    }
    for (int i = 0; i < content.length; i++) {
      int index = first + i;
      if (content[i] && !graph.relation(index).equals("root")) {
        boolean[] clause = graph.subtree(index);
        int start = -1;
        int end = -1;
        for (int j = 0; j < clause.length; j++) {
          if (clause[j]) {
            start = start < 0 ? j : start;
            end = j;
          }
        }
        if (end >= last && start > 0 && opensAside(graph, index, graph.token(first + start - 1).text())) {
          for (int j = start - 1; j < content.length; j++) {
            content[j] = false;
          }
          return;
        }
      }
    }
  }

  /**
   * A content is one stretch unless the cue or the source interrupts it: words the parse hung elsewhere ("urged his
   * supporters at a rally Friday evening to ...") are filled in.
   */
  static void fillGaps(ParseView graph, boolean[] content, boolean[] cueTokens, int subject) {
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

  /** "the agency assessed last week the war ... has reached": an object or clause follows the cue. */
  static boolean takesArgumentAfter(ParseView graph, int cue) {
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
  static boolean endsSentence(ParseView graph, int cue, int clusterEnd) {
    for (int index = graph.sentence().firstToken(); index < graph.sentence().endToken(); index++) {
      Token token = graph.token(index);
      if (token.start() >= clusterEnd && !TokenSpans.isPunctuation(token) && !graph.dominates(cue, index)) {
        return false;
      }
    }
    return true;
  }

  /** "Y, X said.": everything of the sentence before the cue and its subject. */
  List<Segment> leadingContent(ParseView graph, int clusterStart) {
    int first = graph.sentence().firstToken();
    boolean[] marks = new boolean[graph.sentence().endToken() - first];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = graph.token(first + i).end() <= clusterStart;
    }
    return spans.runs(graph, marks);
  }

  /**
   * "The vote, she said, was close": a speaker and cue set off by commas inside the sentence; the content is the
   * sentence on both sides.
   */
  List<Segment> aroundParenthetical(ParseView graph, int cue, int[] cluster) {
    int first = graph.sentence().firstToken();
    int end = graph.sentence().endToken();
    int before = -1;
    int after = -1;
    for (int i = first; i < end; i++) {
      Token token = graph.token(i);
      if (token.end() <= cluster[0]) {
        before = i;
      } else if (token.start() >= cluster[1] && after < 0) {
        after = i;
      }
    }
    if (before <= first || after < 0 || !graph.token(before).text().equals(",")) {
      return List.of();
    }
    int resume = after;
    if (resume >= end - 1 || !graph.token(resume).text().equals(",")) {
      return List.of();
    }
    boolean[] marks = new boolean[end - first];
    for (int i = first; i < before; i++) {
      marks[i - first] = true;
    }
    List<Segment> left = spans.runs(graph, marks);
    marks = new boolean[end - first];
    for (int i = resume + 1; i < end; i++) {
      marks[i - first] = true;
    }
    List<Segment> right = spans.runs(graph, marks);
    if (left.size() != 1 || right.size() != 1) {
      return List.of();
    }
    return List.of(left.get(0), right.get(0));
  }
}
