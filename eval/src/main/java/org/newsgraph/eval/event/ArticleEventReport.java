package org.newsgraph.eval.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;

/**
 * Scores the events found in whole articles against the project's event gold. An event found is <em>right</em>
 * when a gold event of its sentence (its evidence overlapping the gold trigger, or in the same sentence) has its
 * type, an actor that is one of the gold actors and the recipient the gold names (or none when the gold has none);
 * it has the <em>right type</em> when such a gold event has its type. Every other event found is a false positive of
 * one kind: right type with the wrong actor or recipient, a real event of another type, or no event at all in its
 * sentence. Flags are compared on the events whose type is right.
 */
public record ArticleEventReport(List<Scored> articles, double threshold, double seconds) {

  /** What an event found turned out to be. */
  public enum Kind {
    RIGHT("right"), ACTOR("right type, wrong actor"), RECIPIENT("right type, wrong recipient"),
    WRONG_TYPE("real event, wrong type"), NO_EVENT("no event in the sentence");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One article: its gold (in the cleaned text), what was found, and the sentence bounds. */
  public record Scored(GoldArticle article, String text, List<Event> found, List<Entity> entities,
      List<int[]> sentences, List<GoldEvent> gold, int lostGold) {}

  /** An event found, what it was judged, and the gold event it was judged against (null for NO_EVENT). */
  public record Judged(Scored article, Event event, Kind kind, GoldEvent gold) {}

  /** Counts: found, right among them; gold, found among them. */
  public record Score(int found, int right, int gold, int recalled) {
    public double precision() {
      return found == 0 ? 0 : (double) right / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) recalled / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** One flag's agreement on the events of the right type. */
  public record FlagScore(String flag, int tp, int fp, int fn) {}

  public ArticleEventReport {
    articles = List.copyOf(articles);
  }

  /** This report restricted to one half of the gold ("A", "B"). */
  public ArticleEventReport half(String half) {
    return new ArticleEventReport(articles.stream().filter(a -> a.article().half().equals(half)).toList(), threshold,
        seconds);
  }

  /** This report with another confidence threshold. */
  public ArticleEventReport atThreshold(double least) {
    return new ArticleEventReport(articles, least, seconds);
  }

  private List<Event> kept(Scored s) {
    return s.found().stream().filter(e -> confidence(e) >= threshold).toList();
  }

  static double confidence(Event e) {
    return e.confidence() == null ? 1.0 : e.confidence();
  }

  /** Every event found at the threshold, judged. */
  public List<Judged> judged() {
    List<Judged> out = new ArrayList<>();
    for (Scored s : articles) {
      for (Event e : kept(s)) {
        out.add(judge(s, e));
      }
    }
    return out;
  }

  static Judged judge(Scored s, Event e) {
    List<GoldEvent> candidates = candidates(s, e);
    GoldEvent typed = null;
    Kind typedKind = null;
    for (GoldEvent g : candidates) {
      if (!g.type().equals(e.type())) {
        continue;
      }
      boolean actor = actorMatches(e.actor(), g.actor(), s.entities());
      boolean recipient = recipientMatches(e.recipient(), g.recipient(), s.entities());
      if (actor && recipient) {
        return new Judged(s, e, Kind.RIGHT, g);
      }
      if (typed == null) {
        typed = g;
        typedKind = actor ? Kind.RECIPIENT : Kind.ACTOR;
      }
    }
    if (typed != null) {
      return new Judged(s, e, typedKind, typed);
    }
    return candidates.isEmpty() ? new Judged(s, e, Kind.NO_EVENT, null)
        : new Judged(s, e, Kind.WRONG_TYPE, candidates.get(0));
  }

  /** Gold events of the event's sentence, those whose trigger its evidence overlaps first. */
  private static List<GoldEvent> candidates(Scored s, Event e) {
    int start = e.evidence().start();
    int end = e.evidence().end();
    int[] sentence = sentenceOf(s.sentences(), start, end);
    List<GoldEvent> overlapping = new ArrayList<>();
    List<GoldEvent> same = new ArrayList<>();
    for (GoldEvent g : s.gold()) {
      if (g.trigger().overlaps(start, end)) {
        overlapping.add(g);
      } else if (g.trigger().start() >= sentence[0] && g.trigger().end() <= sentence[1]) {
        same.add(g);
      }
    }
    overlapping.addAll(same);
    return overlapping;
  }

  private static int[] sentenceOf(List<int[]> sentences, int start, int end) {
    for (int[] s : sentences) {
      if (s[0] <= start && start < s[1]) {
        return s;
      }
    }
    return new int[] {start, end};
  }

  static boolean recipientMatches(Actor found, List<GoldSpan> gold, List<Entity> entities) {
    if (gold.isEmpty()) {
      return found == null;
    }
    return actorMatches(found, gold, entities);
  }

  static boolean actorMatches(Actor found, List<GoldSpan> gold, List<Entity> entities) {
    if (found == null || gold.isEmpty()) {
      return false;
    }
    Entity entity = found.entity() == null ? null
        : entities.stream().filter(x -> x.id().equals(found.entity())).findFirst().orElse(null);
    for (GoldSpan span : gold) {
      if (entity != null) {
        if (span.name() != null ? namesEntity(entity, span.name()) : mentions(entity, span)
            || same(entity.name(), span.text())) {
          return true;
        }
      } else if (found.name() != null) {
        String a = normal(found.name());
        String b = normal(span.nameOrText());
        if (!a.isEmpty() && (a.contains(b) || b.contains(a))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentions(Entity entity, GoldSpan span) {
    for (Mention m : entity.mentions()) {
      if (span.overlaps(m.start(), m.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesEntity(Entity entity, String name) {
    if (same(entity.name(), name)) {
      return true;
    }
    for (String alias : entity.aliases()) {
      if (same(alias, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ").strip();
    n = n.replaceAll("^(the|a|an) ", "");
    return n.replaceAll("\\s+", " ");
  }

  /** Events (type, actor and recipient right). */
  public Score events() {
    return score(j -> j.kind() == Kind.RIGHT, (g, j) -> j.kind() == Kind.RIGHT && (j.gold() == g || fullMatch(j, g)));
  }

  /** Types alone. */
  public Score types() {
    return score(j -> j.kind() == Kind.RIGHT || j.kind() == Kind.ACTOR || j.kind() == Kind.RECIPIENT,
        (g, j) -> j.event().type().equals(g.type()) && candidates(j.article(), j.event()).contains(g));
  }

  private Score score(Predicate<Judged> right, java.util.function.BiPredicate<GoldEvent, Judged> recalls) {
    List<Judged> judged = judged();
    int found = judged.size();
    int good = (int) judged.stream().filter(right).count();
    int gold = 0;
    int recalled = 0;
    for (Scored s : articles) {
      gold += s.gold().size() + s.lostGold();
      for (GoldEvent g : s.gold()) {
        boolean hit = false;
        for (Judged j : judged) {
          if (j.article() == s && recalls.test(g, j)) {
            hit = true;
            break;
          }
        }
        recalled += hit ? 1 : 0;
      }
    }
    return new Score(found, good, gold, recalled);
  }

  /** Whether the event found is right against {@code g} too (a sentence may hold two gold events it fits). */
  private static boolean fullMatch(Judged j, GoldEvent g) {
    Event e = j.event();
    return g.type().equals(e.type()) && candidates(j.article(), e).contains(g)
        && actorMatches(e.actor(), g.actor(), j.article().entities())
        && recipientMatches(e.recipient(), g.recipient(), j.article().entities());
  }

  /** Agreement of each flag on events whose type is right. */
  public List<FlagScore> flags() {
    int[][] counts = new int[4][3];
    for (Judged j : judged()) {
      if (j.gold() == null || !j.gold().type().equals(j.event().type())) {
        continue;
      }
      Event e = j.event();
      GoldEvent g = j.gold();
      boolean[] found = {e.negated(), e.hypothetical(), e.future(), e.reportedBy() != null};
      boolean[] gold = {g.negated(), g.hypothetical(), g.future(), g.reported()};
      for (int f = 0; f < 4; f++) {
        if (found[f] || gold[f]) {
          counts[f][found[f] && gold[f] ? 0 : found[f] ? 1 : 2]++;
        }
      }
    }
    String[] names = {"negated", "hypothetical", "future", "reported"};
    List<FlagScore> out = new ArrayList<>();
    for (int f = 0; f < 4; f++) {
      out.add(new FlagScore(names[f], counts[f][0], counts[f][1], counts[f][2]));
    }
    return out;
  }

  /** False positives by kind, each with its count per trigger word. */
  public Map<Kind, Map<String, Integer>> falsePositives() {
    Map<Kind, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Judged j : judged()) {
      if (j.kind() == Kind.RIGHT) {
        continue;
      }
      String word = evidence(j).toLowerCase(Locale.ROOT);
      out.computeIfAbsent(j.kind(), k -> new TreeMap<>()).merge(j.event().type() + " '" + word + "'", 1,
          Integer::sum);
    }
    return out;
  }

  private static String evidence(Judged j) {
    return j.article().text().substring(j.event().evidence().start(), j.event().evidence().end());
  }

  /** The two score lines alone. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    header(out);
    row(out, "events (type+actor+recipient)", events());
    row(out, "types alone", types());
    return out.toString();
  }

  private void header(StringBuilder out) {
    out.append(String.format(Locale.ROOT, "%-29s %6s %6s %9s %6s %9s %7s %6s%n", "", "found", "right", "precision",
        "gold", "recalled", "recall", "F1"));
  }

  public String render(boolean verbose) {
    StringBuilder out = new StringBuilder();
    if (verbose) {
      renderCases(out);
    }
    out.append(String.format(Locale.ROOT, "%d articles, %d gold events; threshold %.2f%n", articles.size(),
        articles.stream().mapToInt(s -> s.gold().size() + s.lostGold()).sum(), threshold));
    header(out);
    row(out, "events (type+actor+recipient)", events());
    row(out, "types alone", types());
    out.append(String.format(Locale.ROOT, "%nflags on events of the right type:%n%-13s %4s %4s %4s%n", "flag", "tp",
        "fp", "fn"));
    for (FlagScore f : flags()) {
      out.append(String.format(Locale.ROOT, "%-13s %4d %4d %4d%n", f.flag(), f.tp(), f.fp(), f.fn()));
    }
    out.append(String.format(Locale.ROOT, "%nevents found, by kind:%n"));
    Map<Kind, Integer> kinds = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      kinds.put(k, 0);
    }
    judged().forEach(j -> kinds.merge(j.kind(), 1, Integer::sum));
    kinds.forEach((k, n) -> out.append(String.format(Locale.ROOT, "  %-30s %4d%n", k.label(), n)));
    out.append(String.format(Locale.ROOT, "%nfalse positives by kind and trigger:%n"));
    falsePositives().forEach((k, words) -> {
      out.append("  ").append(k.label()).append(":\n");
      words.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
          .forEach(w -> out.append(String.format(Locale.ROOT, "    %3d  %s%n", w.getValue(), w.getKey())));
    });
    out.append(String.format(Locale.ROOT, "%nprecision and recall of events by confidence threshold:%n"));
    out.append(String.format(Locale.ROOT, "%9s %6s %9s %7s %9s%n", "threshold", "found", "precision", "recall",
        "type prec"));
    for (double t = 0; t < 0.95; t += 0.1) {
      ArticleEventReport r = atThreshold(t);
      Score e = r.events();
      out.append(String.format(Locale.ROOT, "%9.1f %6d %9.3f %7.3f %9.3f%n", t, e.found(), e.precision(),
          e.recall(), r.types().precision()));
    }
    out.append(String.format(Locale.ROOT, "%.1f s (whole pipeline)%n", seconds));
    return out.toString();
  }

  private void renderCases(StringBuilder out) {
    List<Judged> judged = judged();
    for (Scored s : articles) {
      out.append("== ").append(s.article().reference()).append(" (half ").append(s.article().half()).append(")\n");
      for (Judged j : judged) {
        if (j.article() != s) {
          continue;
        }
        Event e = j.event();
        out.append(j.kind() == Kind.RIGHT ? "  ✓ " : "  ✗ ").append(e.type()).append(' ')
            .append(actor(e.actor())).append(" → ").append(actor(e.recipient())).append(" '")
            .append(evidence(j)).append("'")
            .append(String.format(Locale.ROOT, " c=%.2f", confidence(e)))
            .append(flagText(e.negated(), e.hypothetical(), e.future(), e.reportedBy() != null));
        if (j.kind() != Kind.RIGHT) {
          out.append("  [").append(j.kind().label());
          if (j.gold() != null) {
            out.append(": gold ").append(goldText(j.gold()));
          }
          out.append(']');
        }
        out.append("\n      ").append(sentence(s, e.evidence().start())).append('\n');
      }
      for (GoldEvent g : s.gold()) {
        boolean hit = judged.stream().anyMatch(j -> j.article() == s && j.kind() == Kind.RIGHT
            && (j.gold() == g || fullMatch(j, g)));
        if (!hit) {
          out.append("  missed ").append(goldText(g)).append("\n      ").append(sentence(s, g.trigger().start()))
              .append('\n');
        }
      }
    }
    out.append('\n');
  }

  private static String goldText(GoldEvent g) {
    return g.type() + " " + names(g.actor()) + " → " + names(g.recipient()) + " '" + g.trigger().text() + "'"
        + flagText(g.negated(), g.hypothetical(), g.future(), g.reported());
  }

  private static String names(List<GoldSpan> spans) {
    return spans.isEmpty() ? "-" : String.join("; ", spans.stream().map(GoldSpan::nameOrText).toList());
  }

  private static String flagText(boolean negated, boolean hypothetical, boolean future, boolean reported) {
    StringBuilder b = new StringBuilder();
    if (negated) {
      b.append(" neg");
    }
    if (hypothetical) {
      b.append(" hyp");
    }
    if (future) {
      b.append(" fut");
    }
    if (reported) {
      b.append(" rep");
    }
    return b.toString();
  }

  private static String actor(Actor a) {
    if (a == null) {
      return "-";
    }
    return (a.name() != null ? a.name() : "?") + (a.code() != null ? " (" + a.code() + ")" : "");
  }

  private static String sentence(Scored s, int at) {
    int[] bounds = sentenceOf(s.sentences(), at, Math.min(s.text().length(), at + 80));
    return s.text().substring(bounds[0], bounds[1]).replace('\n', ' ');
  }

  private static void row(StringBuilder out, String label, Score s) {
    out.append(String.format(Locale.ROOT, "%-29s %6d %6d %9.3f %6d %9d %7.3f %6.3f%n", label, s.found(), s.right(),
        s.precision(), s.gold(), s.recalled(), s.recall(), s.f1()));
  }
}
