package org.newsgraph.eval.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Framing;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeExpression;

/**
 * Makes a replica's text its own, so that a store of replicas has as few syndicated copies as a real corpus: about
 * half of its words are swapped for words of the same length drawn from the seed texts (by their frequency, so the
 * store's vocabulary and term statistics stay those of the seeds). The length of every word is kept, so every
 * offset of every fact still points at its words; names, times, figures, cues, speakers and framing words are left
 * as they are, and each quote's text is read again from the new text at its offsets.
 */
final class ReplicaText {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final double share;
  /** Every word of the seeds, lower-cased, by length: drawing one at random draws by frequency. */
  private final Map<Integer, List<String>> wordsByLength = new HashMap<>();

  /** Swaps {@code share} of the words that no fact holds (0.5: no two replicas are copies of each other). */
  ReplicaText(List<Analysis> seeds, double share) {
    this.share = share;
    for (Analysis seed : seeds) {
      Matcher m = WORD.matcher(seed.article().text());
      while (m.find()) {
        wordsByLength.computeIfAbsent(m.end() - m.start(), n -> new ArrayList<>())
            .add(m.group().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  /** The seed with its text varied by {@code random}; facts and their offsets are the seed's. */
  Analysis vary(Analysis seed, SplittableRandom random) {
    String text = seed.article().text();
    boolean[] held = held(seed, text.length());
    StringBuilder varied = new StringBuilder(text);
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (isHeld(held, m.start(), m.end()) || random.nextDouble() >= share) {
        continue;
      }
      List<String> same = wordsByLength.get(m.end() - m.start());
      String other = same.get(random.nextInt(same.size()));
      for (int i = 0; i < other.length(); i++) {
        char original = text.charAt(m.start() + i);
        char c = other.charAt(i);
        varied.setCharAt(m.start() + i, Character.isUpperCase(original) ? Character.toUpperCase(c) : c);
      }
    }
    String newText = varied.toString();
    List<Quote> quotes = seed.quotes().stream().map(q -> new Quote(q.id(), newText.substring(q.start(), q.end()),
        q.start(), q.end(), q.parts(), q.kind(), q.speaker(), q.cue(), q.date(), q.confidence(),
        q.spanConfidence())).toList();
    var a = seed.article();
    var article = new org.newsgraph.model.Article(a.id(), a.url(), a.title(), a.outlet(), a.authors(),
        a.published(), a.language(), newText, a.repostedBy(), a.removed());
    return new Analysis(seed.schema(), seed.input(), seed.truncated(), article, seed.entities(), quotes,
        seed.times(), seed.figures(), seed.events(), seed.places(), seed.focus(), seed.framing(), seed.tone());
  }

  /** The characters a name, time, figure, cue, speaker or framing word covers: they stay as the facts say. */
  private static boolean[] held(Analysis seed, int length) {
    boolean[] held = new boolean[length];
    for (Entity entity : seed.entities()) {
      for (Mention mention : entity.mentions()) {
        hold(held, mention.start(), mention.end());
      }
    }
    for (TimeExpression time : seed.times()) {
      hold(held, time.start(), time.end());
    }
    seed.figures().forEach(figure -> hold(held, figure.start(), figure.end()));
    for (Framing framing : seed.framing()) {
      hold(held, framing.start(), framing.end());
    }
    for (Quote quote : seed.quotes()) {
      if (quote.cue() != null) {
        hold(held, quote.cue().start(), quote.cue().end());
      }
      if (quote.speaker() != null) {
        hold(held, quote.speaker().start(), quote.speaker().end());
      }
    }
    return held;
  }

  private static void hold(boolean[] held, int start, int end) {
    for (int i = Math.max(0, start); i < Math.min(held.length, end); i++) {
      held[i] = true;
    }
  }

  private static boolean isHeld(boolean[] held, int start, int end) {
    for (int i = start; i < end; i++) {
      if (held[i]) {
        return true;
      }
    }
    return false;
  }
}
