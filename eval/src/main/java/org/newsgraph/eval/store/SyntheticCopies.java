package org.newsgraph.eval.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Focus;

/**
 * Articles with no facts for measuring what finding syndicated copies costs in a store of many distinct texts
 * (the replicas of {@link Replicas} all share their seeds' texts, so every one is a copy). Each article is a run
 * of sentences drawn at random from the real texts, so that distinct articles share a sentence now and then, as
 * news does; a given share of them are edited copies of an earlier one instead: a byline added, the last
 * sentences trimmed, or an outlet's footer appended.
 */
public final class SyntheticCopies implements Iterator<Analysis> {

  private static final long FIRST_SECOND = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
  private static final int SECONDS = 730 * 86_400;
  private static final int KEPT_FOR_COPYING = 1_000;

  private final List<String> sentences;
  private final long count;
  private final double copyShare;
  private final SplittableRandom random;
  private final List<Article> recent = new ArrayList<>();
  private long made;
  private long copies;

  /**
   * @param texts real article texts whose sentences are drawn
   * @param copyShare the share of articles that are edited copies of an earlier one
   */
  public SyntheticCopies(List<String> texts, long count, double copyShare, long seed) {
    this.sentences = texts.stream().flatMap(t -> List.of(t.split("(?<=[.!?\"])\\s+")).stream())
        .map(String::strip).filter(s -> s.split("\\s+").length >= 6).distinct().toList();
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences to draw from");
    }
    this.count = count;
    this.copyShare = copyShare;
    this.random = new SplittableRandom(seed);
  }

  /** How many sentences the articles are drawn from. */
  public int sentences() {
    return sentences.size();
  }

  /** How many of the articles made so far are edited copies. */
  public long copies() {
    return copies;
  }

  @Override
  public boolean hasNext() {
    return made < count;
  }

  @Override
  public Analysis next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    made++;
    String published = Instant.ofEpochSecond(FIRST_SECOND + random.nextInt(SECONDS)).toString();
    String text;
    if (!recent.isEmpty() && random.nextDouble() < copyShare) {
      copies++;
      text = edited(recent.get(random.nextInt(recent.size())).text());
    } else {
      StringBuilder words = new StringBuilder();
      int length = 6 + random.nextInt(10);
      for (int i = 0; i < length; i++) {
        words.append(i % 3 == 2 ? "\n\n" : i == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
      }
      text = words.toString();
    }
    Article article = new Article(null, null, null, "Outlet " + random.nextInt(50), List.of(), published, "en",
        text, null, List.of());
    if (recent.size() < KEPT_FOR_COPYING) {
      recent.add(article);
    } else {
      recent.set(random.nextInt(KEPT_FOR_COPYING), article);
    }
    return new Analysis(Analysis.SCHEMA, article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Focus.NONE, List.of(), null);
  }

  private String edited(String text) {
    return switch (random.nextInt(3)) {
      case 0 -> "By Staff Reporter " + made + "\n\n" + text;
      case 1 -> {
        int cut = text.lastIndexOf("\n\n");
        yield cut > text.length() / 2 ? text.substring(0, cut) : text + "\n\nUpdated " + made + ".";
      }
      default -> text + "\n\nCopyright Outlet " + made + ". All rights reserved. Sign up for our newsletter.";
    };
  }
}
