package org.newsgraph.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.newsgraph.model.Article;

/**
 * Which of two copies came first: the earlier publication time (an undated article after every dated one), then
 * the smaller id, so that the earliest copy of a cluster is the same whatever order the copies were stored in.
 */
final class CopyRank {

  /** The rank of an article whose publication time is unknown. */
  static final long UNDATED = Long.MAX_VALUE;

  private CopyRank() {}

  /** The publication time in epoch seconds (a day alone counts as its midnight, UTC), or {@link #UNDATED}. */
  static long of(Article article) {
    String published = article.published();
    if (published == null || published.isBlank()) {
      return UNDATED;
    }
    try {
      return OffsetDateTime.parse(published).toEpochSecond();
    } catch (DateTimeParseException e) {
      // not a date-time with an offset; try the plainer forms
    }
    try {
      return LocalDateTime.parse(published).toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // a day alone, or a prefix of one
    }
    return article.publishedDate().map(LocalDate::atStartOfDay).map(t -> t.toEpochSecond(ZoneOffset.UTC))
        .orElse(UNDATED);
  }

  /** Whether the copy {@code (rank, id)} comes before {@code (otherRank, otherId)}. */
  static boolean before(long rank, String id, long otherRank, String otherId) {
    return rank != otherRank ? rank < otherRank : id.compareTo(otherId) < 0;
  }
}
