package org.newsgraph.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which elements are not article text: invisible ones (scripts, styles, hidden), and clutter (navigation, asides,
 * forms, figures, and elements whose class, id or role names a clutter word from {@code html-clutter-names.txt}).
 */
final class HtmlClutter {

  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "math",
      "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea", "option", "link", "meta",
      "head", "audio", "video", "picture", "source", "img");
  private static final Set<String> CLUTTER_TAGS = Set.of("nav", "aside", "footer", "header", "form", "figure",
      "figcaption", "menu", "dialog", "address");
  private static final int PREFIX_MIN = 5;

  private final Set<String> names = WordList.load("html-clutter-names.txt");

  static boolean isInvisible(Element e) {
    if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** Clutter by its tag alone. */
  static boolean isClutterTag(Element e) {
    return CLUTTER_TAGS.contains(e.normalName());
  }

  /** Clutter by the words in its class, id or role. */
  boolean hasClutterName(Element e) {
    return matches(e.className()) || matches(e.id()) || matches(e.attr("role"));
  }

  private boolean matches(String attribute) {
    if (attribute.isEmpty()) {
      return false;
    }
    String lower = attribute.toLowerCase(Locale.ROOT);
    for (String part : lower.split("[\\s_-]+")) {
      if (names.contains(part)) {
        return true;
      }
      for (String name : names) {
        if (name.length() >= PREFIX_MIN && part.startsWith(name)) {
          return true;
        }
      }
    }
    for (String name : names) {
      if (name.indexOf('-') > 0 && lower.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
