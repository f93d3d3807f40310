package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsgraph.model.Removal;

/**
 * Finds a page's main content and writes its paragraphs to an {@link ArticleText}, recording what it leaves out.
 *
 * <p>Text comes in paragraphs: a block element with no block inside ({@code <p>}, a plain {@code <div>}), or a run
 * of text and inline elements inside a larger block. The main content is the element marked
 * {@code itemprop=articleBody} or the {@code <article>} with the most paragraph text, unless a block found by scoring
 * holds much more: each paragraph gives the block holding it and that block's parent a score for its length and
 * commas, damped by its link density, as Readability does. Clutter ({@link HtmlClutter}) never scores, unless it holds
 * most of the page's prose (then it is a wrapper, not clutter). Inside the main content, clutter, link lists and
 * link-only paragraphs are dropped; outside it, everything is. Each dropped run of markup becomes one removal whose
 * offsets are its range in the HTML source and whose text is its visible text.
 */
final class ContentExtractor {

  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "tr", "ul", "center", "menu");
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "menu", "table");
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int MIN_CONTENT_CHARS = 140;
  /** A marked article must hold this share of the best-scored block's prose to be preferred to it. */
  private static final double MARKED_SHARE = 0.6;
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_LIST_LINK_DENSITY = 0.6;
  /** Clutter holding more than this share of the prose around it is a wrapper, not clutter. */
  private static final double MAX_CLUTTER_SHARE = 0.5;
  private static final double SIBLING_SHARE = 0.2;
  private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
  private static final int MIN_LINKED_HEADLINE_WORDS = 4;
  private static final int MAX_LINKED_HEADLINE_WORDS = 30;

  private final HtmlClutter clutter = new HtmlClutter();

  /** Writes the main content of {@code body}, parsed from a source of {@code sourceLength} chars, to {@code out}. */
  void extract(Element body, int sourceLength, String title, ArticleText out) {
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e != body && e.parent() != null && HtmlClutter.isInvisible(e)) {
        e.remove();
      }
    }
    Page page = new Page(body);
    Element root = page.mainContent();
    Set<Element> roots = page.withSiblings(root);
    Set<Element> holders = new HashSet<>();
    for (Element r : roots) {
      for (Element e = r.parent(); e != null; e = e.parent()) {
        holders.add(e);
      }
    }
    Walk walk = new Walk(page, roots, holders, title, out, sourceLength);
    if (root == body) {
      walk.inside(body, body);
    } else {
      walk.outside(body);
    }
  }

  /** A paragraph of the page: its text length and link density, and the block that holds it. */
  private record Unit(Element holder, Element first, int chars, double linkDensity) {
    boolean isProse() {
      return chars >= MIN_PARAGRAPH_CHARS && linkDensity < MAX_LINK_DENSITY;
    }
  }

  /** One page's paragraphs and the prose under each element, computed once. */
  private final class Page {
    private final Element body;
    private final List<Unit> units = new ArrayList<>();
    private final Map<Element, Integer> prose = new HashMap<>();
    private final Map<Element, Boolean> clutterCache = new HashMap<>();

    Page(Element body) {
      this.body = body;
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
      if (!BLOCKS.contains(element.normalName()) && element != body) {
        return;
      }
      if (isLeafBlock(element) && element != body) {
        units.add(new Unit(element.parent(), element, element.text().length(), linkDensity(element)));
        return;
      }
      List<Node> run = new ArrayList<>();
      for (Node child : element.childNodes()) {
        if (isBlock(child)) {
          addRun(element, run);
          run = new ArrayList<>();
          collect((Element) child);
        } else if (child instanceof Element e && hasBlockInside(e)) {
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
      int chars = 0;
      for (Node node : run) {
        chars += node instanceof Element e ? e.text().length() : node instanceof TextNode t ? t.text().strip().length()
            : 0;
      }
      if (chars > 0) {
        units.add(new Unit(holder, holder, chars, ContentExtractor.linkDensity(run)));
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

    Element mainContent() {
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
     * The main content and those of its siblings that hold a good share of prose with few links, for articles
     * split around a photo or an ad into sibling blocks.
     */
    Set<Element> withSiblings(Element root) {
      Set<Element> roots = new java.util.LinkedHashSet<>();
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
        if (sibling != top && prose(sibling) >= Math.max(MIN_CONTENT_CHARS, SIBLING_SHARE * prose(root))
            && linkDensity(sibling) < MAX_SIBLING_LINK_DENSITY && !isClutter(sibling, body)) {
          roots.add(sibling);
        }
      }
      return roots;
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
        double score = (1 + count(text, ',') + Math.min(unit.chars() / 100.0, 3)) * (1 - unit.linkDensity());
        scores.merge(unit.holder(), score, Double::sum);
        if (unit.holder().parent() != null && unit.holder() != body) {
          scores.merge(unit.holder().parent(), score / 2, Double::sum);
        }
      }
      Element best = null;
      double bestScore = 0;
      for (Map.Entry<Element, Double> entry : scores.entrySet()) {
        double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
        if (score > bestScore) {
          best = entry.getKey();
          bestScore = score;
        }
      }
      return best;
    }
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element e && BLOCKS.contains(e.normalName());
  }

  private static boolean hasBlockInside(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && BLOCKS.contains(d.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeafBlock(Element e) {
    return BLOCKS.contains(e.normalName()) && !hasBlockInside(e);
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1, linked / (double) all);
  }

  private static double linkDensity(List<Node> nodes) {
    int all = 0;
    int linked = 0;
    for (Node node : nodes) {
      if (node instanceof Element e) {
        all += e.text().length();
        linked += e.normalName().equals("a") ? e.text().length()
            : e.select("a").stream().mapToInt(a -> a.text().length()).sum();
      } else if (node instanceof TextNode t) {
        all += t.text().strip().length();
      }
    }
    return all == 0 ? 0 : Math.min(1, linked / (double) all);
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static String comparable(String s) {
    return Whitespace.line(s).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** One pass over the page, in document order, writing kept paragraphs and removals. */
  private static final class Walk {
    private final Page page;
    private final Set<Element> roots;
    private final Set<Element> holders;
    private final String title;
    private final ArticleText out;
    private final int sourceLength;

    Walk(Page page, Set<Element> roots, Set<Element> holders, String title, ArticleText out, int sourceLength) {
      this.sourceLength = sourceLength;
      this.page = page;
      this.roots = roots;
      this.holders = holders;
      this.title = title == null ? null : comparable(title);
      this.out = out;
    }

    /** Outside the main content: each run of nodes between its holders is dropped as one removal. */
    void outside(Element element) {
      List<Node> run = new ArrayList<>();
      for (Node child : element.childNodes()) {
        if (child instanceof Element e && roots.contains(e)) {
          drop(run, Removal.BOILERPLATE);
          run = new ArrayList<>();
          inside(e, e);
        } else if (child instanceof Element e && holders.contains(e)) {
          drop(run, Removal.BOILERPLATE);
          run = new ArrayList<>();
          outside(e);
        } else {
          run.add(child);
        }
      }
      drop(run, Removal.BOILERPLATE);
    }

    /** Inside the main content ({@code root} is the main-content element that holds {@code element}). */
    void inside(Element element, Element root) {
      if (element != root && page.isClutter(element, root)) {
        drop(List.of(element), Removal.BOILERPLATE);
        return;
      }
      if (LISTS.contains(element.normalName()) && linkDensity(element) > MAX_LIST_LINK_DENSITY) {
        drop(List.of(element), Removal.BOILERPLATE);
        return;
      }
      List<Node> inline = new ArrayList<>();
      for (Node child : element.childNodes()) {
        if (isBlock(child) || child instanceof Element e && hasBlockInside(e)) {
          block(inline);
          inline = new ArrayList<>();
          inside((Element) child, root);
        } else {
          inline.add(child);
        }
      }
      block(inline);
    }

    /** Inline nodes that make one block of text: kept as paragraphs, or dropped as a link or the repeated title. */
    private void block(List<Node> nodes) {
      String text = BlockText.of(nodes);
      if (text.isBlank()) {
        return;
      }
      Element parent = nodes.get(0).parent() instanceof Element p ? p : null;
      String flat = Whitespace.line(text);
      // a page's h1 is its headline, whatever the metadata calls the title
      if (parent != null && (parent.normalName().equals("h1")
          || parent.normalName().matches("h[2-3]") && comparable(flat).equals(title))) {
        drop(nodes, Removal.REPEATED_TITLE);
        return;
      }
      if (onlyTime(nodes)) {
        drop(nodes, Removal.HEADER); // a dateline of its own: the date is metadata
        return;
      }
      if (linkDensity(nodes) > MAX_LINK_DENSITY) {
        int words = HeadlineShape.words(flat);
        boolean headline = words >= MIN_LINKED_HEADLINE_WORDS && words <= MAX_LINKED_HEADLINE_WORDS;
        drop(nodes, headline ? Removal.LINKED_HEADLINE : Removal.BOILERPLATE);
        return;
      }
      for (String paragraph : text.split("\n{2,}")) {
        out.keep(paragraph.strip());
      }
    }

    private static boolean onlyTime(List<Node> nodes) {
      boolean time = false;
      for (Node node : nodes) {
        if (node instanceof Element e && e.normalName().equals("time")) {
          time = true;
        } else if (node instanceof Element || node instanceof TextNode t && !t.isBlank()) {
          return false;
        }
      }
      return time;
    }

    private void drop(List<Node> nodes, String reason) {
      StringBuilder text = new StringBuilder();
      for (Node node : nodes) {
        String t = node instanceof Element e ? e.text() : node instanceof TextNode tn ? tn.text() : "";
        if (!t.isBlank()) {
          text.append(text.length() > 0 ? " " : "").append(t);
        }
      }
      String visible = Whitespace.line(text.toString());
      if (visible.isEmpty()) {
        return;
      }
      int start = -1;
      for (int i = 0; i < nodes.size() && start < 0; i++) {
        start = SourceSpan.start(nodes.get(i));
      }
      int end = -1;
      for (int i = nodes.size() - 1; i >= 0 && end < 0; i--) {
        end = SourceSpan.end(nodes.get(i));
      }
      end = Math.min(end, sourceLength); // jsoup ends an unclosed comment one past the end of the source
      if (start >= 0 && end >= start) {
        out.remove(start, end, reason, visible);
      }
    }
  }
}
