package org.newsgraph.event;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One sentence's tokens and dependency tree, indexed from 0 within the sentence for the coder's walks: heads,
 * relations, children, subtrees, and the upper-case words dictionaries match against.
 *
 * <p>The tree is the document's shared {@link ParseView} with the {@link ClausalSubjectRepair} laid over it: the
 * few tokens the repair moves, and the children of the heads they leave or join, are kept here; everything else
 * is read through to the shared view, which the repair never changes.
 */
final class SentenceGraph {

  private final ParseView parse;
  private final int first;
  private final List<Token> tokens;
  private final List<String> words;
  /** The repair's moves by sentence-local index; usually empty. */
  private final Map<Integer, Reattachment> repaired;
  /** The children of each head a move left or joined, in text order. */
  private final Map<Integer, List<Integer>> regrouped;

  SentenceGraph(Annotated annotated, Sentence sentence) {
    this.parse = annotated.parse().of(sentence);
    this.first = sentence.firstToken();
    this.tokens = annotated.tokensOf(sentence);
    this.repaired = new ClausalSubjectRepair(tokens, this::parsedHead, this::parsedRelation).repair();
    this.regrouped = regroup();
    List<String> upper = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      upper.add(Phrases.word(t.text()));
    }
    this.words = List.copyOf(upper);
  }

  private int parsedHead(int i) {
    int governor = parse.governor(first + i);
    return governor < 0 ? -1 : governor - first;
  }

  /** A token the parser left unattached reads as a root, as it did when this class copied the tree. */
  private String parsedRelation(int i) {
    String relation = parse.relation(first + i);
    return relation.isEmpty() ? "root" : relation;
  }

  private Map<Integer, List<Integer>> regroup() {
    if (repaired.isEmpty()) {
      return Map.of();
    }
    Set<Integer> heads = new TreeSet<>();
    repaired.forEach((token, move) -> {
      heads.add(parsedHead(token));
      heads.add(move.head());
    });
    Map<Integer, List<Integer>> lists = new HashMap<>();
    for (int head : heads) {
      if (head < 0) {
        continue;
      }
      List<Integer> children = new ArrayList<>();
      for (int t = 0; t < tokens.size(); t++) {
        if (head(t) == head) {
          children.add(t);
        }
      }
      lists.put(head, List.copyOf(children));
    }
    return Map.copyOf(lists);
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  List<String> words() {
    return words;
  }

  String word(int i) {
    return words.get(i);
  }

  String lemma(int i) {
    String lemma = tokens.get(i).lemma();
    return lemma == null ? null : Phrases.word(lemma);
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  int head(int i) {
    Reattachment move = repaired.isEmpty() ? null : repaired.get(i);
    return move == null ? parsedHead(i) : move.head();
  }

  String relation(int i) {
    Reattachment move = repaired.isEmpty() ? null : repaired.get(i);
    return move == null ? parsedRelation(i) : move.relation();
  }

  /** The dependents of a token, in text order. */
  List<Integer> children(int i) {
    List<Integer> moved = regrouped.isEmpty() ? null : regrouped.get(i);
    if (moved != null) {
      return moved;
    }
    List<Integer> parsed = parse.children(first + i);
    return parsed.isEmpty() ? List.of() : new LocalIndices(parsed, first);
  }

  /** The first child of {@code i} whose relation is one of {@code relations}, or -1. */
  int child(int i, Set<String> relations) {
    for (int c : children(i)) {
      if (relations.contains(relation(c))) {
        return c;
      }
    }
    return -1;
  }

  /** Whether a dictionary word names this token: PETRARCH compares complete word forms, not lemmas. */
  boolean matches(int i, String word) {
    return word.equals(words.get(i));
  }

  /** The subtree of {@code root}, leaving out the children of {@code root} whose relation is in {@code cut}. */
  BitSet clause(int root, Set<String> cut) {
    BitSet set = new BitSet(size());
    set.set(root);
    for (int c : children(root)) {
      if (!cut.contains(relation(c))) {
        set.or(subtree(c, Set.of()));
      }
    }
    return set;
  }

  /**
   * The subtree of {@code root}, not descending into children whose relation is in {@code cut}.
   */
  BitSet subtree(int root, Set<String> cut) {
    BitSet set = new BitSet(size());
    List<Integer> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      int i = stack.remove(stack.size() - 1);
      set.set(i);
      for (int c : children(i)) {
        if (!cut.contains(relation(c)) && !set.get(c)) {
          stack.add(c);
        }
      }
    }
    return set;
  }

  boolean isVerb(int i) {
    String pos = pos(i);
    return pos != null && pos.startsWith("VB");
  }

  /** Document token indices read as sentence-local ones, without copying them. */
  private static final class LocalIndices extends AbstractList<Integer> implements RandomAccess {

    private final List<Integer> document;
    private final int first;

    LocalIndices(List<Integer> document, int first) {
      this.document = document;
      this.first = first;
    }

    @Override
    public Integer get(int index) {
      return document.get(index) - first;
    }

    @Override
    public int size() {
      return document.size();
    }
  }
}
