package org.newsgraph.clean;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.OriginalSource;

/**
 * Where a reposted page says its article first ran: a syndication tag ({@code <meta name="original-source">},
 * {@code syndication-source}), JSON-LD {@code isBasedOn}, or a line such as "This article originally appeared on
 * The Valley Courier" (its link, when it has one, is the address). A canonical link to another site is read by
 * {@link #crossSite}.
 */
final class RepostSource {

  /** "This story originally appeared in X", "Republished with permission from X", "Reprinted from X". */
  private static final Pattern CREDIT = Pattern.compile("(?i)(?:\\b(?:originally|first)\\s+(?:appeared|published|ran|posted)"
      + "\\s+(?:on|in|at|by)|\\b(?:republished|reprinted|reposted)\\s+(?:with\\s+permission\\s+)?from)"
      + "\\s+(?:the\\s+website\\s+of\\s+)?(?<outlet>\\p{Lu}[^.,;:()\\[\\]]{1,60})");
  private static final int MAX_CREDIT_CHARS = 300;
  private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
      + "|mon|tue|wed|thu|fri|sat|sun|today|yesterday)[a-z]*\\.?(?:\\s|$)|^\\d");

  private RepostSource() {}

  /** The original source the page names, if it names one. */
  static Optional<OriginalSource> of(Document page, String basedOn) {
    for (String key : new String[] {"original-source", "syndication-source"}) {
      Element meta = page.selectFirst("meta[name=" + key + "][content]");
      if (meta != null && meta.attr("content").startsWith("http")) {
        return Optional.of(new OriginalSource(null, meta.attr("content").strip()));
      }
    }
    if (basedOn != null && basedOn.startsWith("http")) {
      return Optional.of(new OriginalSource(null, basedOn));
    }
    for (Element e : page.select("p, em, i, small")) {
      String text = Whitespace.line(e.text());
      if (text.length() > MAX_CREDIT_CHARS) {
        continue;
      }
      Matcher m = CREDIT.matcher(text);
      Element link = e.selectFirst("a[href^=http]");
      // a credit links to the original; an unlinked "first appeared in" is as often a place or a time
      if (link != null && m.find()) {
        String outlet = Whitespace.line(m.group("outlet")).replaceFirst("(?i)\\s+(?:on|in)\\s+.*$", "");
        // "first published on March 6" names a day, not an outlet
        if (!CALENDAR_WORD.matcher(outlet).find()) {
          return Optional.of(new OriginalSource(outlet, link == null ? null : link.attr("href")));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The canonical address as an original source when it is on another site than {@code pageUrl}: syndication
   * partners point their copies' canonical links at the publisher.
   */
  static Optional<OriginalSource> crossSite(String pageUrl, String canonical) {
    String page = site(pageUrl);
    String original = site(canonical);
    if (page == null || original == null || page.equals(original)) {
      return Optional.empty();
    }
    return Optional.of(new OriginalSource(null, canonical));
  }

  /** The host without the prefixes that name one site's variants (www, m, amp, mobile), or null. */
  static String site(String url) {
    if (url == null || !url.startsWith("http")) {
      return null;
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^(?:www\\d?|m|amp|mobile)\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
