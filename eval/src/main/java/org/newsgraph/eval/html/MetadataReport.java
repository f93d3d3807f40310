package org.newsgraph.eval.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;

/**
 * What the cleaner found of each page's metadata, where no gold says what is right: how many pages have each field,
 * and the published date checked against the day in the page's address (the pages were cleaned without it, so the
 * address cannot have supplied the date).
 */
public final class MetadataReport {

  /** A day in an address path: {@code /2019/11/18/}, {@code /2019-11-18}, {@code /20191118/}. */
  private static final Pattern URL_DAY = Pattern.compile(
      "/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})(?:/|$|[-_.])|[/_-]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[/_.-]|$)"
      + "|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");

  private MetadataReport() {}

  /** The day in {@code url}'s path, read independently of the cleaner's own reading. */
  static Optional<LocalDate> urlDay(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DAY.matcher(url.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", ""));
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g <= 7; g += 3) {
      if (m.group(g) != null) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
              Integer.parseInt(m.group(g + 2))));
        } catch (java.time.DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The report as Markdown: field coverage, then the date check. */
  public static String render(List<PageResult> results) {
    List<Article> articles = results.stream().map(PageResult::article).filter(a -> a != null).toList();
    int n = results.size();
    StringBuilder out = new StringBuilder("| field | pages with a value |\n|---|---:|\n");
    row(out, "title", articles, a -> a.title() != null, n);
    row(out, "authors", articles, a -> !a.authors().isEmpty(), n);
    row(out, "published", articles, a -> a.published() != null, n);
    row(out, "published with a time", articles, a -> a.published() != null && a.published().contains("T"), n);
    row(out, "modified", articles, a -> a.modified() != null, n);
    row(out, "outlet", articles, a -> a.outlet() != null, n);
    row(out, "canonical url", articles, a -> a.url() != null, n);
    row(out, "section", articles, a -> a.section() != null, n);
    row(out, "keywords", articles, a -> !a.keywords().isEmpty(), n);
    row(out, "original (repost)", articles, a -> a.original() != null, n);
    int dated = 0;
    int found = 0;
    int sameDay = 0;
    int withinDay = 0;
    StringBuilder misses = new StringBuilder();
    for (PageResult r : results) {
      Optional<LocalDate> day = urlDay(r.page().url());
      if (day.isEmpty()) {
        continue;
      }
      dated++;
      Optional<LocalDate> got = r.article() == null ? Optional.empty() : r.article().publishedDate();
      if (got.isEmpty()) {
        misses.append(String.format(Locale.ROOT, "  none     %s%n", r.page().url()));
        continue;
      }
      found++;
      long apart = Math.abs(ChronoUnit.DAYS.between(day.get(), got.get()));
      sameDay += apart == 0 ? 1 : 0;
      withinDay += apart <= 1 ? 1 : 0;
      if (apart > 1) {
        misses.append(String.format(Locale.ROOT, "  %s %s%n", got.get(), r.page().url()));
      }
    }
    out.append(String.format(Locale.ROOT, "%nPublished date against the day in the address (%d pages carry one):"
        + " found on %d; the same day on %d, within a day on %d (precision %.3f, recall %.3f, F1 %.3f)%n",
        dated, found, sameDay, withinDay, found == 0 ? 0 : withinDay / (double) found,
        dated == 0 ? 0 : withinDay / (double) dated, f1(found, withinDay, dated)));
    return out.append(misses).toString();
  }

  private static double f1(int found, int right, int gold) {
    double p = found == 0 ? 0 : right / (double) found;
    double r = gold == 0 ? 0 : right / (double) gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void row(StringBuilder out, String field, List<Article> articles, Predicate<Article> has, int n) {
    out.append(String.format(Locale.ROOT, "| %s | %d / %d |%n", field, articles.stream().filter(has).count(), n));
  }
}
