package org.newsgraph.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of inline HTML nodes as a reader sees it: source line breaks are spaces (except in {@code <pre>}),
 * {@code <br>} breaks a line, two {@code <br>}s make a blank line; lines are tidied with {@link Whitespace#line}.
 */
final class BlockText {

  private BlockText() {}

  static String of(List<Node> nodes) {
    StringBuilder raw = new StringBuilder();
    NodeVisitor visitor = new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String t = text.getWholeText();
          raw.append(inPre(text) ? t : t.replace('\n', ' ').replace('\r', ' '));
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          raw.append('\n');
        }
      }
    };
    for (Node node : nodes) {
      NodeTraversor.traverse(visitor, node);
    }
    StringBuilder text = new StringBuilder();
    int blank = 0;
    for (String line : raw.toString().split("\n", -1)) {
      String tidy = Whitespace.line(line);
      if (tidy.isEmpty()) {
        blank++;
        continue;
      }
      if (text.length() > 0) {
        text.append(blank > 0 ? "\n\n" : "\n");
      }
      text.append(tidy);
      blank = 0;
    }
    return text.toString();
  }

  private static boolean inPre(Node node) {
    for (Node p = node.parent(); p != null; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }
}
