package org.newsgraph.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Where a parsed node stood in the HTML source, from jsoup's position tracking; elements the parser made up or closed
 * implicitly take their bounds from their children.
 */
final class SourceSpan {

  private SourceSpan() {}

  /** The offset of the node's first character in the source, or -1 when unknown. */
  static int start(Node node) {
    Range range = node.sourceRange();
    if (range.isTracked() && !range.isImplicit()) {
      return range.startPos();
    }
    for (Node child : node.childNodes()) {
      int start = start(child);
      if (start >= 0) {
        return start;
      }
    }
    return -1;
  }

  /** The offset just after the node's last character in the source, or -1 when unknown. */
  static int end(Node node) {
    if (node instanceof Element element) {
      Range close = element.endSourceRange();
      if (close.isTracked() && !close.isImplicit()) {
        return close.endPos();
      }
      List<Node> children = node.childNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        int end = end(children.get(i));
        if (end >= 0) {
          return end;
        }
      }
    }
    Range range = node.sourceRange();
    return range.isTracked() && !range.isImplicit() ? range.endPos() : -1;
  }
}
