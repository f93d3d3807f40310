package org.newsgraph.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.OriginalSource;

/**
 * A page's metadata: JSON-LD first (publishers fill it for search engines), then meta tags in the order given by
 * {@code html-meta-keys.properties}, then the page itself ({@code <time datetime>}, {@code <h1>}, {@code <title>}).
 * Values are null when not found; {@code published} is ISO-8601.
 */
record HtmlMetadata(String title, String outlet, List<String> authors, String published, String url,
    String language, String articleBody, String modified, String section, List<String> keywords,
    OriginalSource original) {

  private static final Pattern SITE_SUFFIX = Pattern.compile("(.{10,}?)\\s+[|\u2013\u2014-]\\s+([^|\u2013\u2014]+)");
  private static final int MAX_SITE_NAME_WORDS = 4;

  HtmlMetadata {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  /** Reads metadata with the meta-tag keys of {@code keys}. */
  static HtmlMetadata read(Document page, Keys keys, AuthorNames names) {
    List<Element> metas = page.select("meta[content]");
    Optional<JsonLd> ld = JsonLd.read(page);
    // the site's own name for itself first; a JSON-LD publisher is often the parent company
    String outlet = meta(metas, List.of("og:site_name"));
    if (outlet == null) {
      outlet = ld.map(JsonLd::publisher).orElse(null);
    }
    if (outlet == null) {
      outlet = meta(metas, keys.outlet());
    }
    outlet = outletName(outlet);
    String title = ld.map(JsonLd::headline).orElse(null);
    if (title == null) {
      title = meta(metas, keys.title());
    }
    if (title == null) {
      title = text(page.selectFirst("h1"));
    }
    boolean fromTitleTag = title == null;
    if (title == null) {
      title = text(page.selectFirst("title"));
    }
    title = withoutSiteName(title, outlet, fromTitleTag);
    Element canonicalLink = page.selectFirst("link[rel=canonical][href^=http]");
    String ownSite = RepostSource.site(canonicalLink != null ? canonicalLink.attr("href") : meta(metas, keys.url()));
    List<String> authors = names.people(ld.map(JsonLd::authors).orElse(List.of()), outlet, ownSite);
    if (authors.isEmpty()) {
      authors = names.people(authors(page, metas, keys.authors()), outlet, ownSite);
    }
    String published = ld.map(JsonLd::datePublished).flatMap(PublishedDate::parse).orElse(null);
    if (published == null) {
      published = published(page, metas, keys.published());
    }
    String modified = ld.map(JsonLd::dateModified).flatMap(PublishedDate::parse).orElse(null);
    for (int i = 0; modified == null && i < keys.modified().size(); i++) {
      modified = PublishedDate.parse(meta(metas, List.of(keys.modified().get(i)))).orElse(null);
    }
    Element canonical = page.selectFirst("link[rel=canonical][href^=http]");
    String url = canonical != null ? canonical.attr("href").strip() : meta(metas, keys.url());
    if (url == null) {
      url = ld.map(JsonLd::url).orElse(null);
    }
    String section = ld.map(JsonLd::section).orElse(null);
    if (section == null) {
      section = meta(metas, keys.section());
    }
    List<String> keywords = ld.map(JsonLd::keywords).orElse(List.of());
    if (keywords.isEmpty()) {
      keywords = keywords(metas, keys.keywords());
    }
    String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    String language = lang.isBlank() ? null : lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    OriginalSource original = RepostSource.of(page, ld.map(JsonLd::basedOn).orElse(null)).orElse(null);
    if (original != null && isSelf(original, outlet, url)) {
      original = null; // "originally published on Live Science", on Live Science: the page is the original
    }
    return new HtmlMetadata(title, outlet, authors, published, url, language,
        ld.map(JsonLd::articleBody).orElse(null), modified, section, keywords, original);
  }

  private static boolean isSelf(OriginalSource original, String outlet, String url) {
    String site = RepostSource.site(url);
    return original.url() != null && site != null && site.equals(RepostSource.site(original.url()))
        || original.outlet() != null && outlet != null && original.outlet().equalsIgnoreCase(outlet);
  }

  /** The outlet's name as written, without a slogan after a bar ({@code Courier | Valley news}); a bare address is its site. */
  private static String outletName(String value) {
    if (value == null) {
      return null;
    }
    String site = RepostSource.site(value);
    if (site != null) {
      return site;
    }
    String name = value.split("\\s+\\|\\s+")[0].strip();
    return name.isEmpty() ? value : name;
  }

  /** Keywords from the first key that has any: one tag per meta element, or one list separated by commas. */
  private static List<String> keywords(List<Element> metas, List<String> keys) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      for (Element meta : metas) {
        if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
          for (String word : meta.attr("content").split(",")) {
            String w = Whitespace.line(word);
            if (!w.isEmpty() && out.stream().noneMatch(w::equalsIgnoreCase)) {
              out.add(w);
            }
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  /** The meta-tag keys for each value, from {@code html-meta-keys.properties}. */
  record Keys(List<String> title, List<String> outlet, List<String> authors, List<String> published,
      List<String> url, List<String> modified, List<String> section, List<String> keywords) {

    static Keys load() {
      Properties p = new Properties();
      try (InputStream in = HtmlMetadata.class.getResourceAsStream("html-meta-keys.properties")) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/newsgraph/clean/html-meta-keys.properties");
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Keys(list(p, "title"), list(p, "outlet"), list(p, "authors"), list(p, "published"), list(p, "url"),
          list(p, "modified"), list(p, "section"), list(p, "keywords"));
    }

    private static List<String> list(Properties p, String key) {
      String value = p.getProperty(key);
      if (value == null) {
        throw new IllegalStateException("html-meta-keys.properties: missing key " + key);
      }
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private static String meta(List<Element> metas, List<String> keys) {
    for (String key : keys) {
      for (Element meta : metas) {
        if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
            || key.equalsIgnoreCase(meta.attr("itemprop"))) {
          String value = Whitespace.line(meta.attr("content"));
          if (!value.isEmpty()) {
            return value;
          }
        }
      }
    }
    return null;
  }

  private static List<String> authors(Document page, List<Element> metas, List<String> keys) {
    String value = meta(metas, keys);
    List<String> authors = new ArrayList<>();
    if (value != null && !value.contains("://")) {
      for (String name : value.replaceFirst("(?i)^by\\s+", "").split("\\s*(?:,|\\band\\b|&)\\s*")) {
        if (!name.isBlank()) {
          authors.add(name.strip());
        }
      }
    }
    if (authors.isEmpty()) {
      for (Element e : page.select("[itemprop=author] [itemprop=name], [itemprop=author]:not(:has([itemprop=name])), "
          + "a[rel=author]")) {
        String name = Whitespace.line(e.hasAttr("content") ? e.attr("content") : e.text());
        if (!name.isEmpty() && !authors.contains(name) && HeadlineShape.words(name) <= 6) {
          authors.add(name);
        }
      }
    }
    return authors;
  }

  private static String published(Document page, List<Element> metas, List<String> keys) {
    for (String key : keys) {
      Optional<String> date = PublishedDate.parse(meta(metas, List.of(key)));
      if (date.isPresent()) {
        return date.get();
      }
    }
    for (Element time : page.select("[itemprop=datePublished][datetime], time[pubdate][datetime], "
        + "article time[datetime], time[datetime]")) {
      Optional<String> date = PublishedDate.parse(time.attr("datetime"));
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  /**
   * The title without the site name pages append to it ({@code Rates Rise | The Valley Courier}): the outlet's name,
   * or, in a {@code <title>} element, any short last part after a bar or dash.
   */
  private static String withoutSiteName(String title, String outlet, boolean fromTitleTag) {
    if (title == null) {
      return null;
    }
    Matcher m = SITE_SUFFIX.matcher(title);
    if (m.matches()) {
      String suffix = m.group(2);
      boolean isOutlet = outlet != null && suffix.equalsIgnoreCase(outlet);
      if (isOutlet || fromTitleTag && HeadlineShape.words(suffix) <= MAX_SITE_NAME_WORDS) {
        return m.group(1).strip();
      }
    }
    return title;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String text = Whitespace.line(e.text());
    return text.isEmpty() ? null : text;
  }
}
