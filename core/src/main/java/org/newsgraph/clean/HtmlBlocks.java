package org.newsgraph.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The block structure of one page as a reader sees it: which elements break text into blocks, which hold blocks, and
 * how much of a text is links. Which elements hold blocks is worked out once, in one pass.
 */
final class HtmlBlocks {

  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "tr", "ul", "center", "menu");
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "menu", "table");

  private final Set<Element> holders = new HashSet<>();

  /** The block structure under {@code body}. */
  HtmlBlocks(Element body) {
    for (Element e : body.getAllElements()) {
      if (e != body && BLOCKS.contains(e.normalName())) {
        // stop at a marked ancestor: everything above it is marked already, so the pass stays linear
        for (Element a = e.parent(); a != null && holders.add(a); a = a.parent()) {
          // marking is the work
        }
      }
    }
  }

  static boolean isBlock(Node node) {
    return node instanceof Element e && BLOCKS.contains(e.normalName());
  }

  static boolean isList(Element e) {
    return LISTS.contains(e.normalName());
  }

  /** An element with a block somewhere inside, so that its text does not make one paragraph. */
  boolean hasBlockInside(Element e) {
    return holders.contains(e);
  }

  /** A block with no block inside: one paragraph of text, like {@code <p>} or a plain {@code <div>}. */
  boolean isLeafBlock(Element e) {
    return BLOCKS.contains(e.normalName()) && !hasBlockInside(e);
  }

  /** Share of the element's text that is link text. */
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

  /** Share of the nodes' text that is link text. */
  static double linkDensity(List<Node> nodes) {
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

  /** The visible length of the nodes' text. */
  static int chars(List<Node> nodes) {
    int chars = 0;
    for (Node node : nodes) {
      chars += node instanceof Element e ? e.text().length() : node instanceof TextNode t ? t.text().strip().length()
          : 0;
    }
    return chars;
  }
}
