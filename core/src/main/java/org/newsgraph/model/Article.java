package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A cleaned article: the body text every later offset points into, and its metadata.
 *
 * @param published ISO-8601 date or date-time, as precise as the source says; null when unknown
 * @param fetched when the page was fetched (web archive date, HTTP fetch), ISO-8601 instant; null when unknown
 * @param flags what the analysis should be read with: {@link #SUMMARY_ONLY}, {@link #LANGUAGE_NOT_ANALYZED}
 */
@JsonPropertyOrder({"id", "url", "title", "outlet", "authors", "published", "fetched", "language", "flags", "text",
    "reposted_by", "removed"})
public record Article(
    String id,
    String url,
    String title,
    String outlet,
    List<String> authors,
    String published,
    String language,
    String text,
    @JsonProperty("reposted_by") @JsonInclude(JsonInclude.Include.NON_NULL) String repostedBy,
    List<Removal> removed,
    @JsonInclude(JsonInclude.Include.NON_NULL) String fetched,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags) {

  /** The text is a feed item's short summary, not the article itself. */
  public static final String SUMMARY_ONLY = "summary_only";

  /** The article is not in a language newsgraph analyzes: no NLP stage ran and it holds no facts. */
  public static final String LANGUAGE_NOT_ANALYZED = "language_not_analyzed";

  public Article {
    if (text == null) {
      throw new IllegalArgumentException("article text is required");
    }
    authors = List.copyOf(authors == null ? List.of() : authors);
    removed = List.copyOf(removed == null ? List.of() : removed);
    flags = List.copyOf(flags == null ? List.of() : flags);
    language = language == null ? "en" : language;
    id = id == null ? contentId(text) : id;
  }

  /** An article with no fetch time and no flags. */
  public Article(String id, String url, String title, String outlet, List<String> authors, String published,
      String language, String text, String repostedBy, List<Removal> removed) {
    this(id, url, title, outlet, authors, published, language, text, repostedBy, removed, null, List.of());
  }

  /** The publication date, the anchor of every relative time expression. */
  @JsonIgnore
  public Optional<LocalDate> publishedDate() {
    if (published == null || published.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(published.substring(0, 10)));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(published).toLocalDate());
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  /** A copy with other metadata values where the given ones are non-null. */
  public Article withMetadata(String newUrl, String newTitle, String newOutlet, String newPublished) {
    return new Article(null, newUrl != null ? newUrl : url, newTitle != null ? newTitle : title,
        newOutlet != null ? newOutlet : outlet, authors, newPublished != null ? newPublished : published, language,
        text, repostedBy, removed, fetched, flags);
  }

  /** A copy with the fetch time (when non-null) and these flags added. */
  public Article withProvenance(String newFetched, List<String> moreFlags) {
    return withProvenance(newFetched, moreFlags, List.of());
  }

  /** A copy with the fetch time (when non-null), these flags added and these authors (when any) instead. */
  public Article withProvenance(String newFetched, List<String> moreFlags, List<String> givenAuthors) {
    return new Article(id, url, title, outlet, givenAuthors.isEmpty() ? authors : givenAuthors, published, language,
        text, repostedBy, removed, newFetched != null ? newFetched : fetched, joined(flags, moreFlags));
  }

  /** A copy in another language. */
  public Article withLanguage(String newLanguage) {
    return new Article(id, url, title, outlet, authors, published, newLanguage, text, repostedBy, removed, fetched,
        flags);
  }

  /** Whether this article carries {@code flag}. */
  public boolean flagged(String flag) {
    return flags.contains(flag);
  }

  private static List<String> joined(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    second.stream().filter(flag -> !all.contains(flag)).forEach(all::add);
    return all;
  }

  /** The content hash that identifies an article: the first 16 hex digits of SHA-256 over its text. */
  public static String contentId(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
