package org.newsgraph.eval.syndication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.dedup.CopyClusters;
import org.newsgraph.dedup.MinHasher;
import org.newsgraph.dedup.Signature;

/**
 * Scores syndicated-copy clustering on real news: the PolNeAR articles (train and dev texts, 2016 US politics from
 * seven outlets) each with edited copies made by {@link CopyMaker}. A pair of texts is a true pair when both tell the
 * same story; every other pair is a negative, among them the hard ones: articles of the same day whose named words
 * overlap much (different stories on the same event). Originals that are already near-copies of an earlier one (the
 * same wire story run by two outlets) are left out, so that no true pair is counted as a false one.
 */
public final class SyndicationEvaluation {

  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]{2,}");
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  /** What one run measured. */
  public record Result(int originals, int droppedNearCopies, int texts, long truePairs, long predictedPairs,
      long correctPairs, Map<String, long[]> recallByEdit, int hardNegatives, int hardNegativesMerged,
      double signPerSecond, double clusterMicrosPerText, double bytesPerText) {

    public double precision() {
      return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }
  }

  private final MinHasher hasher = MinHasher.standard();

  /** Reads {@code .txt} articles from the given folders, makes {@code copies} copies of each, and scores. */
  public Result evaluate(List<Path> folders, int copies, long seed) throws IOException {
    List<Story> originals = new ArrayList<>();
    for (Path folder : folders) {
      try (var files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String name = file.getFileName().toString();
          Matcher date = DATE.matcher(name);
          originals.add(new Story(name, name, date.find() ? date.group(1) : "", Set.of(), Files.readString(file)));
        }
      }
    }
    List<Story> distinct = dropNearCopies(originals);
    List<String> headlines = distinct.stream().map(s -> s.text().lines().findFirst().orElse("").strip())
        .filter(h -> !h.isBlank()).toList();
    CopyMaker maker = new CopyMaker(seed, headlines);
    List<Story> texts = new ArrayList<>();
    for (Story original : distinct) {
      texts.add(original);
      for (int c = 0; c < copies; c++) {
        Set<String> edits = maker.drawEdits();
        texts.add(new Story(original.id() + "#copy" + (c + 1), original.story(), original.date(), edits,
            maker.copy(original.text(), edits)));
      }
    }
    // Copies arrive in any order on one day; the earliest-first order only decides which copy names the cluster.
    Collections.shuffle(texts, new Random(seed));
    texts.sort(Comparator.comparing(Story::date));

    long started = System.nanoTime();
    List<Signature> signatures = texts.stream().map(s -> hasher.sign(s.text())).toList();
    double signSeconds = (System.nanoTime() - started) / 1e9;

    long heapBefore = usedHeap();
    CopyClusters clusters = CopyClusters.standard();
    started = System.nanoTime();
    for (int i = 0; i < texts.size(); i++) {
      clusters.add(texts.get(i).id(), signatures.get(i));
    }
    double clusterSeconds = (System.nanoTime() - started) / 1e9;
    long heapAfter = usedHeap();
    // The signatures are held by the clusters: count them with the index.
    double bytesPerText = Math.max(0, heapAfter - heapBefore) / (double) texts.size()
        + 128 * 4 + 16;

    return score(distinct.size(), originals.size() - distinct.size(), texts, clusters, signSeconds,
        clusterSeconds, bytesPerText, hardNegatives(distinct));
  }

  private Result score(int originals, int dropped, List<Story> texts, CopyClusters clusters, double signSeconds,
      double clusterSeconds, double bytesPerText, List<String[]> hard) {
    Map<Integer, List<Integer>> byCluster = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      byCluster.computeIfAbsent(clusters.root(i), r -> new ArrayList<>()).add(i);
    }
    long predicted = 0;
    long correct = 0;
    for (List<Integer> members : byCluster.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          predicted++;
          if (texts.get(members.get(a)).story().equals(texts.get(members.get(b)).story())) {
            correct++;
          }
        }
      }
    }
    Map<String, List<Integer>> byStory = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      byStory.computeIfAbsent(texts.get(i).story(), s -> new ArrayList<>()).add(i);
    }
    long truePairs = 0;
    Map<String, long[]> byEdit = new LinkedHashMap<>();
    CopyMaker.EDITS.forEach(edit -> byEdit.put(edit, new long[2]));
    for (List<Integer> members : byStory.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          truePairs++;
          boolean found = clusters.root(members.get(a)) == clusters.root(members.get(b));
          Set<String> edits = new HashSet<>(texts.get(members.get(a)).edits());
          edits.addAll(texts.get(members.get(b)).edits());
          for (String edit : edits) {
            byEdit.get(edit)[0]++;
            if (found) {
              byEdit.get(edit)[1]++;
            }
          }
        }
      }
    }
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      indexOf.put(texts.get(i).id(), i);
    }
    int merged = 0;
    for (String[] pair : hard) {
      if (clusters.root(indexOf.get(pair[0])) == clusters.root(indexOf.get(pair[1]))) {
        merged++;
      }
    }
    return new Result(originals, dropped, texts.size(), truePairs, predicted, correct, byEdit, hard.size(), merged,
        texts.size() / signSeconds, clusterSeconds * 1e6 / texts.size(), bytesPerText);
  }

  /** Originals that a looser test than the clusterer's finds to be copies of an earlier original are left out. */
  private List<Story> dropNearCopies(List<Story> originals) {
    CopyClusters loose = new CopyClusters(CopyClusters.BANDS, 0.3, 0.5);
    List<Story> kept = new ArrayList<>();
    for (Story story : originals) {
      CopyClusters.Cluster cluster = loose.add(story.id(), hasher.sign(story.text()));
      if (cluster.copies() == 1) {
        kept.add(story);
      }
    }
    return kept;
  }

  /** Pairs of originals of one day whose capitalized words overlap by a third or more: stories on one event. */
  private static List<String[]> hardNegatives(List<Story> originals) {
    Map<String, List<Story>> byDate = new HashMap<>();
    originals.forEach(s -> byDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
    Map<String, Set<String>> names = new HashMap<>();
    originals.forEach(s -> {
      Set<String> found = new HashSet<>();
      NAME.matcher(s.text()).results().forEach(m -> found.add(m.group().toLowerCase(Locale.ROOT)));
      names.put(s.id(), found);
    });
    List<String[]> pairs = new ArrayList<>();
    for (List<Story> day : byDate.values()) {
      for (int a = 0; a < day.size(); a++) {
        for (int b = a + 1; b < day.size(); b++) {
          Set<String> x = names.get(day.get(a).id());
          Set<String> y = names.get(day.get(b).id());
          Set<String> common = new HashSet<>(x);
          common.retainAll(y);
          int union = x.size() + y.size() - common.size();
          if (union > 0 && common.size() >= 5 && (double) common.size() / union >= 1.0 / 3) {
            pairs.add(new String[] {day.get(a).id(), day.get(b).id()});
          }
        }
      }
    }
    return pairs;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  public static String render(Result r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "originals: %d (%d more left out as near-copies of an earlier one); "
        + "texts with copies: %d%n", r.originals(), r.droppedNearCopies(), r.texts()));
    out.append(String.format(Locale.ROOT, "pairs: %d true, %d predicted, %d correct%n", r.truePairs(),
        r.predictedPairs(), r.correctPairs()));
    out.append(String.format(Locale.ROOT, "pair precision %.4f, pair recall %.4f%n", r.precision(), r.recall()));
    out.append("recall by edit (pairs where either text has it):\n");
    r.recallByEdit().forEach((edit, counts) -> out.append(String.format(Locale.ROOT, "  %-9s %d / %d = %.4f%n",
        edit, counts[1], counts[0], counts[0] == 0 ? 1.0 : (double) counts[1] / counts[0])));
    out.append(String.format(Locale.ROOT, "same-day, same-names pairs of different stories: %d, merged: %d%n",
        r.hardNegatives(), r.hardNegativesMerged()));
    out.append(String.format(Locale.ROOT, "signing: %.0f texts/s; clustering: %.1f µs/text; memory: about %.0f "
        + "bytes/text, %.0f MB per million texts%n", r.signPerSecond(), r.clusterMicrosPerText(), r.bytesPerText(),
        r.bytesPerText() * 1e6 / 1e6));
    return out.toString();
  }
}
