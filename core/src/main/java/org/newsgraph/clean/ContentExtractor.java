package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.newsgraph.model.Removal;

/**
 * Writes a page's main content ({@link MainContent}) to an {@link ArticleText} as paragraphs, recording what it leaves
 * out. Inside the main content, clutter, link lists, link-only paragraphs (linked headlines), the {@code <h1>}
 * headline and a lone {@code <time>} are dropped; outside it, everything is. Each dropped run of markup becomes one
 * removal whose offsets are its range in the HTML source and whose text is its visible text.
 */
final class ContentExtractor {

  /** Real pages nest a few dozen levels; deeper nesting is broken or hostile markup. */
  private static final int MAX_DEPTH = 200;
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_LIST_LINK_DENSITY = 0.6;
  /** A link-heavy paragraph with this much text of its own is a paragraph that opens with a link, not a link. */
  private static final int MIN_UNLINKED_CHARS = 60;
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
    flatten(body);
    HtmlBlocks blocks = new HtmlBlocks(body);
    MainContent content = new MainContent(body, blocks, clutter);
    Element root = content.root();
    Set<Element> roots = content.withSiblings(root);
    Set<Element> holders = new HashSet<>();
    for (Element r : roots) {
      for (Element e = r.parent(); e != null; e = e.parent()) {
        holders.add(e);
      }
    }
    Walk walk = new Walk(content, blocks, roots, holders, title, out, sourceLength);
    if (root == body) {
      walk.inside(body, body);
    } else {
      walk.outside(body);
    }
    out.dropEmptyHeadings();
  }

  /**
   * Unwraps elements nested deeper than {@link #MAX_DEPTH}: their text stays, and the recursive passes over the tree
   * cannot overflow the stack on hostile or broken pages.
   */
  private static void flatten(Element body) {
    List<Element> deep = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (depth > MAX_DEPTH && node instanceof Element e) {
        deep.add(e);
      }
    }, body);
    for (Element e : deep) {
      e.unwrap();
    }
  }

  private static String comparable(String s) {
    return Whitespace.line(s).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** One pass over the page, in document order, writing kept paragraphs and removals. */
  private static final class Walk {
    private final MainContent page;
    private final HtmlBlocks blocks;
    private final Set<Element> roots;
    private final Set<Element> holders;
    private final String title;
    private final ArticleText out;
    private final int sourceLength;

    Walk(MainContent page, HtmlBlocks blocks, Set<Element> roots, Set<Element> holders, String title, ArticleText out, int sourceLength) {
      this.sourceLength = sourceLength;
      this.page = page;
      this.blocks = blocks;
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
      if (HtmlBlocks.isList(element) && HtmlBlocks.linkDensity(element) > MAX_LIST_LINK_DENSITY) {
        drop(List.of(element), Removal.BOILERPLATE);
        return;
      }
      List<Node> inline = new ArrayList<>();
      for (Node child : element.childNodes()) {
        if (HtmlBlocks.isBlock(child) || child instanceof Element e && blocks.hasBlockInside(e)) {
          block(inline);
          inline = new ArrayList<>();
          inside((Element) child, root);
        } else if (child instanceof Element e && isInlineClutter(e, root)) {
          block(inline);
          inline = new ArrayList<>();
          drop(List.of(e), Removal.BOILERPLATE);
        } else {
          inline.add(child);
        }
      }
      block(inline);
    }

    /**
     * A caption or credit run inside a paragraph ({@code <span class="caption">}), named as clutter. A link is left in
     * its sentence whatever its class says (tag links, author links).
     */
    private boolean isInlineClutter(Element e, Element root) {
      return !e.normalName().equals("a") && !e.text().isBlank() && page.isClutter(e, root);
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
      // a quoted post (an embedded tweet) signs off with its author and date: that line is part of the quote
      if (onlyTime(nodes) || PageFurniture.is(text) && !inQuote(parent)) {
        drop(nodes, Removal.HEADER); // a dateline of its own: the date is metadata
        return;
      }
      double links = HtmlBlocks.linkDensity(nodes);
      if (links > MAX_LINK_DENSITY && (1 - links) * flat.length() < MIN_UNLINKED_CHARS) {
        int words = HeadlineShape.words(flat);
        boolean headline = words >= MIN_LINKED_HEADLINE_WORDS && words <= MAX_LINKED_HEADLINE_WORDS;
        drop(nodes, headline ? Removal.LINKED_HEADLINE : Removal.BOILERPLATE);
        return;
      }
      String[] paragraphs = text.split("\n{2,}");
      if (paragraphs.length == 1 && isHeading(parent, nodes) && !HeadlineShape.endsWithFullStop(paragraphs[0])) {
        out.keepHeading(paragraphs[0].strip(), start(nodes), end(nodes));
        return;
      }
      for (String paragraph : paragraphs) {
        out.keep(paragraph.strip());
      }
    }

    /** A heading element, or a paragraph that is all one bold run (a heading in all but name). */
    private static boolean isHeading(Element parent, List<Node> nodes) {
      if (parent != null && parent.normalName().matches("h[1-6]")) {
        return true;
      }
      Element only = null;
      for (Node node : nodes) {
        if (node instanceof Element e && only == null) {
          only = e;
        } else if (node instanceof Element || node instanceof TextNode t && !t.isBlank()) {
          return false;
        }
      }
      return only != null && (only.normalName().equals("strong") || only.normalName().equals("b"));
    }

    private static boolean inQuote(Element e) {
      for (Element a = e; a != null; a = a.parent()) {
        if (a.normalName().equals("blockquote")) {
          return true;
        }
      }
      return false;
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

    private static int start(List<Node> nodes) {
      int start = -1;
      for (int i = 0; i < nodes.size() && start < 0; i++) {
        start = SourceSpan.start(nodes.get(i));
      }
      return start;
    }

    private int end(List<Node> nodes) {
      int end = -1;
      for (int i = nodes.size() - 1; i >= 0 && end < 0; i--) {
        end = SourceSpan.end(nodes.get(i));
      }
      return Math.min(end, sourceLength); // jsoup ends an unclosed comment one past the end of the source
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
      int start = start(nodes);
      int end = end(nodes);
      if (start >= 0 && end >= start) {
        out.remove(start, end, reason, visible);
      }
    }
  }
}
