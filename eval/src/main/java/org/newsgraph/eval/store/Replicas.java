package org.newsgraph.eval.store;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;

/**
 * Copies of real analyses for stores larger than the articles at hand: each copy gets a new id, a publication day
 * shifted at random within two years and an outlet drawn at random from the real ones. Facts are the originals';
 * past the first round of the seeds, each copy's text has half of its other words swapped ({@link ReplicaText}), so
 * that the store does not hold each text a thousand times over as syndicated copies, which no real corpus does and
 * which made finding copies the largest cost of writing.
 */
public final class Replicas implements Iterator<Analysis> {

  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 730;

  private final List<Analysis> seeds;
  private final List<String> outlets;
  private final long count;
  private final SplittableRandom random;
  private final ReplicaText texts;
  private long made;

  /** {@code count} copies of {@code seeds} in turn, the same for the same {@code seed}. */
  public Replicas(List<Analysis> seeds, long count, long seed) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no analyses to copy");
    }
    this.seeds = List.copyOf(seeds);
    this.outlets = seeds.stream().map(a -> a.article().outlet()).filter(o -> o != null).distinct().toList();
    this.count = count;
    this.random = new SplittableRandom(seed);
    this.texts = new ReplicaText(seeds, 0.5);
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
    Analysis seed = seeds.get((int) (made % seeds.size()));
    if (made >= seeds.size()) {
      seed = texts.vary(seed, random);
    }
    Article a = seed.article();
    String outlet = outlets.isEmpty() ? a.outlet() : outlets.get(random.nextInt(outlets.size()));
    String published = FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
    Article copy = new Article(Article.contentId(a.id() + "/" + made), a.url(), a.title(), outlet, a.authors(),
        published, a.language(), a.text(), a.repostedBy(), a.removed());
    made++;
    return new Analysis(seed.schema(), seed.input(), seed.truncated(), copy, seed.entities(), seed.quotes(), seed.times(), seed.figures(),
        seed.events(), seed.places(), seed.focus(), seed.framing(), seed.tone());
  }
}
