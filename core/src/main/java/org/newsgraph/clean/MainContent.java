package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Where a page's article text is. Text comes in paragraphs: a block element with no block inside ({@code <p>}, a
 * plain {@code <div>}), or a run of text and inline elements inside a larger block. The main content is the element
 * marked {@code itemprop=articleBody} or the {@code <article>} with the most prose, unless a block found by scoring
 * holds much more: each paragraph gives the block holding it and that block's parent a score for its length and
 * commas, damped by its link density, as Readability does. Clutter ({@link HtmlClutter}) never scores, unless it holds
 * most of the prose around it (then it is a wrapper, not clutter).
 */
final class MainContent {

  static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int MIN_CONTENT_CHARS = 140;
  /** A marked article must hold this share of the best-scored block's prose to be preferred to it. */
  private static final double MARKED_SHARE = 0.6;
  private static final double MAX_LINK_DENSITY = 0.5;
  /** Clutter holding more than this share of the prose around it is a wrapper, not clutter. */
  private static final double MAX_CLUTTER_SHARE = 0.5;
  private static final double SIBLING_SHARE = 0.2;
  private static final double MAX_SIBLING_LINK_DENSITY = 0.25;

  /** A paragraph of the page: its text length and link density, and the block that holds it. */
  private record Unit(Element holder, Element first, int chars, double linkDensity) {
    boolean isProse() {
      return chars >= MIN_PARAGRAPH_CHARS && linkDensity < MAX_LINK_DENSITY;
    }
  }

  private final Element body;
  private final HtmlClutter clutter;
  private final HtmlBlocks blocks;
  private final List<Unit> units = new ArrayList<>();
  private final Map<Element, Integer> prose = new HashMap<>();
  private final Map<Element, Boolean> clutterCache = new HashMap<>();

  MainContent(Element body, HtmlBlocks blocks, HtmlClutter clutter) {
    this.body = body;
    this.blocks = blocks;
    this.clutter = clutter;
    collect(body);
    for (Unit unit : units) {
      if (unit.isProse()) {
        for (Element a = unit.first(); a != null; a = a.parent()) {
          prose.merge(a, unit.chars(), Integer::sum);
        }
      }
    }
  }

  private void collect(Element element) {
    if (!HtmlBlocks.isBlock(element) && element != body) {
      return;
    }
    if (blocks.isLeafBlock(element) && element != body) {
      units.add(new Unit(element.parent(), element, element.text().length(), HtmlBlocks.linkDensity(element)));
      return;
    }
    List<Node> run = new ArrayList<>();
    for (Node child : element.childNodes()) {
      if (HtmlBlocks.isBlock(child)) {
        addRun(element, run);
        run = new ArrayList<>();
        collect((Element) child);
      } else if (child instanceof Element e && blocks.hasBlockInside(e)) {
        addRun(element, run);
        run = new ArrayList<>();
        for (Element inner : e.children()) {
          collect(inner);
        }
      } else {
        run.add(child);
      }
    }
    addRun(element, run);
  }

  private void addRun(Element holder, List<Node> run) {
    int chars = HtmlBlocks.chars(run);
    if (chars > 0) {
      units.add(new Unit(holder, holder, chars, HtmlBlocks.linkDensity(run)));
    }
  }

  int prose(Element e) {
    return prose.getOrDefault(e, 0);
  }

  /** Clutter by tag or name, unless it holds most of the prose of {@code around}. */
  boolean isClutter(Element e, Element around) {
    boolean named = clutterCache.computeIfAbsent(e,
        x -> HtmlClutter.isClutterTag(x) || clutter.hasClutterName(x));
    return named && prose(e) <= MAX_CLUTTER_SHARE * prose(around);
  }

  boolean inClutter(Element e, Element top) {
    for (Element a = e; a != null && a != top; a = a.parent()) {
      if (isClutter(a, top)) {
        return true;
      }
    }
    return false;
  }

  /** The main-content element: the body itself when no block holds enough prose. */
  Element root() {
    Element marked = largest(body.select("[itemprop=articleBody]"));
    if (marked == null) {
      marked = largest(body.select("article"));
    }
    Element scored = bestScored();
    if (marked != null && prose(marked) >= MIN_CONTENT_CHARS
        && (scored == null || prose(marked) >= MARKED_SHARE * prose(scored))) {
      return marked;
    }
    return scored != null && prose(scored) >= MIN_CONTENT_CHARS ? scored : body;
  }

  /**
   * The main content and those of its siblings that hold a good share of prose with few links, or are one
   * paragraph written as sentences: articles are split around a photo or an ad, or open with an intro beside a list.
   */
  Set<Element> withSiblings(Element root) {
    Set<Element> roots = new LinkedHashSet<>();
    roots.add(root);
    if (root == body || root.parent() == null) {
      return roots;
    }
    // climb wrappers that add no prose: the split may sit a few levels up
    Element top = root;
    while (top.parent() != null && top.parent() != body && prose(top.parent()) == prose(root)) {
      top = top.parent();
    }
    if (top.parent() == null) {
      return roots;
    }
    for (Element sibling : top.parent().children()) {
      if (sibling != top && !isClutter(sibling, body) && !isStoryList(sibling)
          && (isProseBlock(sibling, root) || isSentence(sibling))) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  /** A block of several articles is a list of other stories, never the rest of this one. */
  private static boolean isStoryList(Element e) {
    return e.select("article").size() > 1;
  }

  private boolean isProseBlock(Element e, Element root) {
    return prose(e) >= Math.max(MIN_CONTENT_CHARS, SIBLING_SHARE * prose(root))
        && HtmlBlocks.linkDensity(e) < MAX_SIBLING_LINK_DENSITY;
  }

  private boolean isSentence(Element e) {
    String text = Whitespace.line(e.text());
    return blocks.isLeafBlock(e) && text.length() >= MIN_PARAGRAPH_CHARS
        && HtmlBlocks.linkDensity(e) < MAX_SIBLING_LINK_DENSITY && HeadlineShape.endsLikeSentence(text)
        && !text.endsWith(",") && !text.endsWith(":");
  }

  private Element largest(List<Element> elements) {
    Element best = null;
    for (Element e : elements) {
      if (best == null || prose(e) > prose(best)) {
        best = e;
      }
    }
    return best;
  }

  private Element bestScored() {
    Map<Element, Double> scores = new HashMap<>();
    for (Unit unit : units) {
      if (unit.chars() < MIN_PARAGRAPH_CHARS || inClutter(unit.first(), body)) {
        continue;
      }
      String text = unit.first().text();
      double score = (1 + commas(text) + Math.min(unit.chars() / 100.0, 3)) * (1 - unit.linkDensity());
      scores.merge(unit.holder(), score, Double::sum);
      if (unit.holder().parent() != null && unit.holder() != body) {
        scores.merge(unit.holder().parent(), score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - HtmlBlocks.linkDensity(entry.getKey()));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == ',' ? 1 : 0;
    }
    return n;
  }
}
