package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.DocumentParse;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Proposes, for one edge of an attribution's content or source, the token boundaries near the one the rules chose,
 * each described by the string features the learned span model weighs (the words, tags and dependency phrases on
 * either side of the boundary, how far it moves from the rules' choice and what it crosses). Shared by training and
 * by the quote stage so both see the same options and features.
 */
public final class SpanBoundaries {

  /** Which edge of which span an option moves. */
  public enum Edge {
    CONTENT_START("cs", true), CONTENT_END("ce", false), SOURCE_START("ss", true), SOURCE_END("se", false),
    CUE_START("us", true), CUE_END("ue", false);

    final String prefix;
    final boolean start;

    Edge(String prefix, boolean start) {
      this.prefix = prefix;
      this.start = start;
    }

    boolean content() {
      return this == CONTENT_START || this == CONTENT_END;
    }

    boolean cue() {
      return this == CUE_START || this == CUE_END;
    }
  }

  /** One boundary the model may choose: a character offset and the features of the span edge there. */
  public record Option(int offset, List<String> features) {

    public Option {
      features = List.copyOf(features);
    }
  }

  /** How many tokens an edge may move either way: beyond it, the rules' span was the wrong stretch altogether. */
  static final int WINDOW = 10;
  /** A cue's edges move over a few words at most ("said Friday", "has also"). */
  static final int CUE_WINDOW = 4;
  private static final String QUOTE_MARKS = "\"“”‘’'«»`";
  /** Relations of words that modify a noun phrase rather than head one. */
  private static final Set<String> NOT_PHRASE_HEADS = Set.of("compound", "flat", "det", "amod", "nummod", "case",
      "punct", "nmod:poss", "compound:prt", "fixed", "goeswith");

  private final Annotated annotated;
  private final DocumentParse parse;
  private final int[] leftmost;
  private final int[] rightmost;

  public SpanBoundaries(Annotated annotated) {
    this.annotated = annotated;
    int size = annotated.tokens().size();
    parse = annotated.parse();
    leftmost = new int[size];
    rightmost = new int[size];
    for (int i = 0; i < size; i++) {
      leftmost[i] = i;
      rightmost[i] = i;
    }
    for (Sentence sentence : annotated.sentences()) {
      ParseView view = parse.of(sentence);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        int steps = 0;
        for (int up = view.governor(i); up >= 0 && steps < 100; up = view.governor(up), steps++) {
          leftmost[up] = Math.min(leftmost[up], i);
          rightmost[up] = Math.max(rightmost[up], i);
        }
      }
    }
  }

  /**
   * The options for one edge of a relation the rules found, the rules' own boundary among them (its features hold
   * {@code d=0}); empty when that edge is not at a token boundary, or the span it moves is absent.
   */
  public List<Option> options(Edge edge, List<Segment> content, Segment cue, Segment source) {
    Segment span = edge.content() ? (content.isEmpty() ? null : edge.start ? content.get(0)
        : content.get(content.size() - 1)) : edge.cue() ? cue : source;
    if (span == null || cue == null) {
      return List.of();
    }
    int rule = edge.start ? tokenStartingAt(span.start()) : tokenEndingAt(span.end());
    if (rule < 0) {
      return List.of();
    }
    int cueHead = headOf(cue);
    List<Token> tokens = annotated.tokens();
    List<Option> options = new ArrayList<>();
    int window = edge.cue() ? CUE_WINDOW : WINDOW;
    int spanHead = headOf(span);
    for (int t = Math.max(0, rule - window); t <= Math.min(tokens.size() - 1, rule + window); t++) {
      Token token = tokens.get(t);
      int offset = edge.start ? token.start() : token.end();
      if (edge.start ? offset >= span.end() : offset <= span.start()) {
        continue;
      }
      int from = Math.min(offset, edge.start ? span.start() : span.end());
      int to = Math.max(offset, edge.start ? span.start() : span.end());
      if (annotated.text().substring(from, to).indexOf('\n') >= 0
          || offset != (edge.start ? span.start() : span.end()) && clashes(edge, from, to, content, cue, source)) {
        continue;
      }
      options.add(new Option(offset, features(edge, t, rule, cue, cueHead, source, spanHead)));
    }
    return options;
  }

  /** Whether widening a span over {@code [from, to)} would take in the cue or the other role's span. */
  private static boolean clashes(Edge edge, int from, int to, List<Segment> content, Segment cue, Segment source) {
    if (!edge.cue() && overlaps(from, to, cue) || edge.cue() && source != null && overlaps(from, to, source)) {
      return true;
    }
    if (edge.content()) {
      return source != null && overlaps(from, to, source);
    }
    for (Segment part : content) {
      if (overlaps(from, to, part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(int from, int to, Segment segment) {
    return from < segment.end() && to > segment.start();
  }

  private List<String> features(Edge edge, int t, int rule, Segment cue, int cueHead, Segment source,
      int spanHead) {
    List<Token> tokens = annotated.tokens();
    String p = edge.prefix + "|";
    int outside = edge.start ? t - 1 : t + 1;
    Token in = tokens.get(t);
    Token out = outside >= 0 && outside < tokens.size() ? tokens.get(outside) : null;
    String d = shift(t - rule);
    List<String> features = new ArrayList<>();
    features.add(p + "bias");
    features.add(p + "d=" + d);
    String inWord = word(in);
    String outWord = out == null ? "<none>" : word(out);
    features.add(p + "in.w=" + inWord);
    features.add(p + "in.pos=" + in.pos());
    features.add(p + "out.w=" + outWord);
    features.add(p + "out.pos=" + (out == null ? "<none>" : out.pos()));
    features.add(p + "in.w+out.w=" + inWord + "|" + outWord);
    features.add(p + "in.pos+out.pos=" + in.pos() + "|" + (out == null ? "<none>" : out.pos()));
    features.add(p + "in.phrase=" + phrase(t, edge.start));
    features.add(p + "out.phrase=" + (out == null ? "<none>" : phrase(outside, !edge.start)));
    features.add(p + "in.phrase+out.w=" + phrase(t, edge.start) + "|" + outWord);
    boolean sameSentence = out != null && out.sentence() == in.sentence();
    features.add(p + "sentence-edge=" + !sameSentence);
    features.add(p + "d+in.pos=" + d + "|" + in.pos());
    features.add(p + "d+out.w=" + d + "|" + outWord);
    features.add(p + "d+in.w=" + d + "|" + inWord);
    if (tokens.get(rule).sentence() != in.sentence()) {
      features.add(p + "other-sentence");
    }
    if (out != null && inside(out, cue)) {
      features.add(p + "out=cue");
    }
    if (out != null && source != null && inside(out, source)) {
      features.add(p + "out=source");
    }
    if (cueHead >= 0 && tokens.get(cueHead).sentence() == in.sentence()) {
      ParseView view = parse.sentence(in.sentence());
      features.add(p + "cue-dominates=" + view.dominates(cueHead, t));
      features.add(p + "side=" + (t < cueHead ? "before" : "after"));
      features.add(p + "gov-is-cue=" + (view.governor(t) == cueHead));
    } else {
      features.add(p + "cue-elsewhere");
    }
    if (spanHead >= 0 && tokens.get(spanHead).sentence() == in.sentence()) {
      // Whether the boundary is where the phrase of the span's own head begins or ends.
      boolean aligned = edge.start ? leftmost[spanHead] == t : rightmost[spanHead] == t;
      features.add(p + "head-edge=" + aligned);
      features.add(p + "head-edge+d=" + aligned + "|" + d);
      features.add(p + "in-head=" + parse.sentence(in.sentence()).dominates(spanHead, t));
    }
    if (cueHead >= 0 && tokens.get(cueHead).sentence() == in.sentence()) {
      features.add(p + "cue-edge=" + (edge.start ? leftmost[cueHead] == t : rightmost[cueHead] == t));
    }
    features.add(p + "in.ner=" + in.ner());
    String cueWord = cueWord(cue);
    features.add(p + "cue+out.w=" + cueWord + "|" + outWord);
    features.add(p + "cue+d=" + cueWord + "|" + d);
    features.add(p + "line-edge+out.w=" + lineEdge(edge.start ? in.start() : in.end(), edge.start) + "|" + outWord);
    Token ruleToken = tokens.get(rule);
    Token ruleOut = edge.start ? (rule > 0 ? tokens.get(rule - 1) : null)
        : (rule + 1 < tokens.size() ? tokens.get(rule + 1) : null);
    features.add(p + "rule.in.w+d=" + word(ruleToken) + "|" + d);
    features.add(p + "rule.out.w+d=" + (ruleOut == null ? "<none>" : word(ruleOut)) + "|" + d);
    features.add(p + "rule.in.phrase+d=" + phrase(rule, edge.start) + "|" + d);
    for (String crossed : crossed(Math.min(t, rule), Math.max(t, rule), edge.start, t > rule)) {
      features.add(p + "cross=" + crossed + "|" + (t > rule ? "+" : "-"));
    }
    return features;
  }

  /** The cue's last word ("said", ":", "to"), which sets the conventions of its spans. */
  private String cueWord(Segment cue) {
    int last = tokenEndingAt(cue.end());
    return last < 0 ? "<none>" : word(annotated.tokens().get(last));
  }

  /**
   * Whether only spaces lie between an offset and the paragraph's edge on that side, once the punctuation next to
   * it is skipped: a transcript line's content takes its closing period, a sentence's content often does not.
   */
  private boolean lineEdge(int offset, boolean before) {
    String text = annotated.text();
    int i = offset;
    if (before) {
      while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
        i--;
      }
      return i == 0 || text.charAt(i - 1) == '\n';
    }
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i == text.length() || text.charAt(i) == '\n';
  }

  /**
   * The noun phrases of the cue's sentence that could be the source, each as an option whose offset is its head
   * token's index: for a relation the rules found no source for ({@code ruleHead} -1), with an option of no source
   * (offset -1); else with the rules' own head marked, for the model to keep or overrule.
   */
  public List<Option> sourceHeads(List<Segment> content, Segment cue, int ruleHead) {
    int cueHead = headOf(cue);
    if (cueHead < 0) {
      return List.of();
    }
    Token cueToken = annotated.tokens().get(cueHead);
    ParseView view = parse.sentence(cueToken.sentence());
    String cueRelation = view.relation(cueHead);
    String cueWord = cueWord(cue);
    List<Option> options = new ArrayList<>();
    String p = ruleHead < 0 ? "sh|" : "sr|";
    if (ruleHead < 0) {
      options.add(new Option(-1, List.of("sh|none", "sh|none+cuerel=" + cueRelation, "sh|none+cue=" + cueWord,
          "sh|none+cuepos=" + cueToken.pos())));
    }
    for (int h = view.sentence().firstToken(); h < view.sentence().endToken(); h++) {
      Token token = annotated.tokens().get(h);
      String relation = view.relation(h);
      boolean nominal = token.pos().startsWith("NN") || token.pos().equals("PRP") || token.pos().equals("WP")
          || token.pos().equals("WDT") || token.pos().equals("CD");
      if (!nominal || NOT_PHRASE_HEADS.contains(relation) || h == cueHead || inside(token, cue)
          || content.stream().anyMatch(part -> token.start() < part.end() && token.end() > part.start())) {
        continue;
      }
      String path = path(view, h, cueHead);
      String side = h < cueHead ? "before" : "after";
      List<String> features = new ArrayList<>();
      features.add(p + "path=" + path);
      features.add(p + "path+cuerel=" + path + "|" + cueRelation);
      features.add(p + "path+side=" + path + "|" + side);
      features.add(p + "rel=" + relation);
      features.add(p + "rel+side=" + relation + "|" + side);
      features.add(p + "pos=" + token.pos());
      features.add(p + "ner=" + token.ner());
      features.add(p + "word=" + word(token));
      features.add(p + "cuerel=" + cueRelation + "|" + side);
      features.add(p + "distance=" + shift(h - cueHead));
      features.add(p + "cue+path=" + cueWord + "|" + path);
      if (h == ruleHead) {
        features.add(p + "rules");
        features.add(p + "rules+path=" + path);
        features.add(p + "rules+cuerel=" + cueRelation);
      }
      options.add(new Option(h, features));
    }
    return options;
  }

  /** The source span a head stands for: its phrase within the sentence, without the cue and the content. */
  public Segment sourceSpan(int head, List<Segment> content, Segment cue) {
    List<Token> tokens = annotated.tokens();
    ParseView view = parse.sentence(tokens.get(head).sentence());
    boolean[] marks = view.subtree(head);
    int first = view.sentence().firstToken();
    int lo = head;
    int hi = head;
    while (lo - 1 >= first && marks[lo - 1 - first] && allowed(tokens.get(lo - 1), content, cue)) {
      lo--;
    }
    while (hi + 1 < view.sentence().endToken() && marks[hi + 1 - first] && allowed(tokens.get(hi + 1), content, cue)) {
      hi++;
    }
    while (lo < hi && isPunctuation(tokens.get(lo))) {
      lo++;
    }
    while (hi > lo && isPunctuation(tokens.get(hi))) {
      hi--;
    }
    return new Segment(tokens.get(lo).start(), tokens.get(hi).end());
  }

  private static boolean allowed(Token token, List<Segment> content, Segment cue) {
    return !inside(token, cue) && content.stream().noneMatch(part -> token.start() < part.end()
        && token.end() > part.start());
  }

  /** The dependency path from a token up to the lowest node that dominates the cue and down to it: "nsubj^advcl". */
  private static String path(ParseView view, int from, int to) {
    List<String> up = new ArrayList<>();
    int node = from;
    while (node >= 0 && !view.dominates(node, to) && up.size() <= 3) {
      up.add(view.relation(node));
      node = view.governor(node);
    }
    if (node < 0 || up.size() > 3) {
      return "far";
    }
    List<String> down = new ArrayList<>();
    for (int walk = to; walk != node && walk >= 0 && down.size() <= 3; walk = view.governor(walk)) {
      down.add(0, view.relation(walk));
    }
    return down.size() > 3 ? "far" : String.join(">", up) + "^" + String.join(">", down);
  }

  /** What a move from the rules' boundary passes over: punctuation, quotation marks, verbs, sentence ends. */
  private Set<String> crossed(int lo, int hi, boolean start, boolean forward) {
    Set<String> found = new LinkedHashSet<>();
    // The tokens that join or leave the span: for a start moving forward, those before the new start, and so on.
    int from = start ? lo : lo + 1;
    int to = start ? hi - 1 : hi;
    for (int i = from; i <= to; i++) {
      Token token = annotated.tokens().get(i);
      if (isPunctuation(token)) {
        found.add(isQuoteMark(token) ? "quote" : token.text());
      } else if (token.pos().startsWith("VB")) {
        found.add("verb");
      } else if (token.pos().equals("CC")) {
        found.add("cc");
      } else if (token.pos().equals("WDT") || token.pos().equals("WP")) {
        found.add("wh");
      }
      if (i > from && annotated.tokens().get(i - 1).sentence() != token.sentence()) {
        found.add("sentence");
      }
    }
    return found;
  }

  /**
   * The relation of the largest phrase that begins (or ends) at a token: "advcl", "conj", "obl"… — what a boundary
   * there cuts off.
   */
  private String phrase(int token, boolean begins) {
    ParseView view = parse.sentence(annotated.tokens().get(token).sentence());
    int node = token;
    for (int up = view.governor(node), steps = 0; up >= 0 && steps < 100; up = view.governor(up), steps++) {
      if (begins ? leftmost[up] != token : rightmost[up] != token) {
        break;
      }
      node = up;
    }
    return view.relation(node).isEmpty() ? "<none>" : view.relation(node);
  }

  /** The token of a span whose governor lies outside it, or -1 when the span is not on token boundaries. */
  public int headOf(Segment span) {
    int first = tokenStartingAt(span.start());
    int last = tokenEndingAt(span.end());
    if (first < 0 || last < first) {
      return -1;
    }
    Token token = annotated.tokens().get(last);
    ParseView view = parse.sentence(token.sentence());
    return view.has(first) ? view.head(first, last + 1) : last;
  }

  private int tokenStartingAt(int offset) {
    List<Token> tokens = annotated.tokens();
    int found = search(offset, true);
    return found >= 0 && tokens.get(found).start() == offset ? found : -1;
  }

  private int tokenEndingAt(int offset) {
    List<Token> tokens = annotated.tokens();
    int found = search(offset, false);
    return found >= 0 && tokens.get(found).end() == offset ? found : -1;
  }

  /** The first token whose start (or end) is at or after {@code offset}, or -1. */
  private int search(int offset, boolean byStart) {
    List<Token> tokens = annotated.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int key = byStart ? tokens.get(mid).start() : tokens.get(mid).end();
      if (key < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  private static boolean inside(Token token, Segment span) {
    return token.start() >= span.start() && token.end() <= span.end();
  }

  private static String shift(int delta) {
    int size = Math.abs(delta);
    String sign = delta < 0 ? "-" : "+";
    if (size <= 2) {
      return delta == 0 ? "0" : sign + size;
    }
    return sign + (size <= 5 ? "3-5" : "6+");
  }

  private static String word(Token token) {
    return isQuoteMark(token) ? "<quote>" : FeatureWord.of(token);
  }

  private static boolean isQuoteMark(Token token) {
    String text = token.text();
    return text.equals("``") || text.equals("''")
        || !text.isEmpty() && text.chars().allMatch(c -> QUOTE_MARKS.indexOf(c) >= 0);
  }

  private static boolean isPunctuation(Token token) {
    return token.text().chars().noneMatch(Character::isLetterOrDigit);
  }
}
