package org.newsgraph.clean;

import org.newsgraph.nlp.WordList;
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

  private final Set<String> names = WordList.lowerCased(HtmlClutter.class, "html-clutter-names.txt");
  private final Set<String> contentNames = WordList.lowerCased(HtmlClutter.class, "html-content-names.txt");

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

  /**
   * Clutter by the words in its class, id or role. A class or id whose words are all free of clutter and whose last
   * word names content ({@code article-body}, {@code page-content}) vetoes it: compounds are named by their last word.
   */
  boolean hasClutterName(Element e) {
    boolean clutter = false;
    // camelCase names are compounds too (newsCaption): split them where a capital follows a small letter
    String attrs = (e.className() + " " + e.id()).replaceAll("(\\p{Ll})(\\p{Lu})", "$1-$2");
    for (String name : attrs.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (name.isEmpty()) {
        continue;
      }
      String[] parts = name.split("[_-]+");
      boolean anyClutter = false;
      for (String part : parts) {
        anyClutter |= isClutterWord(part);
      }
      for (String compound : names) {
        anyClutter |= compound.indexOf('-') > 0 && name.contains(compound);
      }
      if (!anyClutter && parts.length > 0 && contentNames.contains(parts[parts.length - 1])) {
        return false;
      }
      clutter |= anyClutter;
    }
    for (String role : e.attr("role").toLowerCase(Locale.ROOT).split("\\s+")) {
      clutter |= names.contains(role);
    }
    return clutter;
  }

  private boolean isClutterWord(String part) {
    if (names.contains(part)) {
      return true;
    }
    for (String name : names) {
      if (name.length() >= PREFIX_MIN && part.startsWith(name)) {
        return true;
      }
    }
    return false;
  }
}
