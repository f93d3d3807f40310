package org.newsgraph.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.newsgraph.event.ActorEntry;
import org.newsgraph.event.EventModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled knowledge base: countries, international organizations, Phoenix actors with dated roles (read from
 * the event coder's dictionaries, {@link PhoenixActors}), agent (sector) words, title hints, and the countries and
 * GeoNames gazetteer ({@link Geography}), each behind hash maps keyed by {@link Phrases#key}.
 * Load it once per JVM with {@link #load()} and pass it to the stages that need it; immutable and thread-safe once
 * loaded.
 */
public final class KnowledgeBase {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
  private final Map<String, Igo> igoByKey = new HashMap<>();
  private final Map<String, List<KbActor>> actorsByKey = new HashMap<>(1 << 16);
  private final Map<String, List<KbActor>> personsBySurname = new HashMap<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, String> hints = new HashMap<>();
  private int maxAgentWords;
  private int maxHintWords;
  private List<List<ActorEntry>> actorDictionaries;
  private Geography geography;

  private KnowledgeBase() {}

  /** Loads the resources compiled into newsgraph ({@code org/newsgraph/kb/}). */
  public static KnowledgeBase load() {
    KnowledgeBase kb = new KnowledgeBase();
    // The gazetteer and the actor dictionaries are most of the work and touch only their own maps: they are read on
    // threads of their own.
    CompletableFuture<Geography> geography = CompletableFuture.supplyAsync(Geography::load, daemon("kb-gazetteer"));
    CompletableFuture<List<List<ActorEntry>>> actors = CompletableFuture.supplyAsync(
        () -> EventModel.actorDictionaries(warning -> LOG.debug("actor dictionaries: {}", warning)),
        daemon("kb-actors"));
    kb.loadIgos();
    kb.actorDictionaries = actors.join().stream().map(List::copyOf).toList();
    kb.loadActors(PhoenixActors.rows(kb.actorDictionaries));
    rows("agents.tsv", false, f -> kb.agents.put(f[0], f[1]));
    rows("country-hints.tsv", false, f -> kb.hints.put(Phrases.key(f[0]), f[1]));
    kb.maxAgentWords = maxWords(kb.agents.keySet());
    kb.maxHintWords = maxWords(kb.hints.keySet());
    kb.geography = geography.join();
    return kb;
  }

  private void loadIgos() {
    rows("igos.tsv", false, f -> {
      List<Igo.Membership> members = new ArrayList<>();
      for (String m : f[5].isBlank() ? new String[0] : f[5].trim().split(" ")) {
        int at = m.indexOf('@');
        members.add(new Igo.Membership(at < 0 ? m : m.substring(0, at),
            at < 0 ? DateRange.ALWAYS : DateRange.parseCompact(m.substring(at + 1))));
      }
      Igo igo = new Igo(f[0], f[1], f[2], f[3], members);
      igoByKey.put(Phrases.key(f[1]), igo);
      split(f[4]).forEach(n -> igoByKey.put(Phrases.key(n), igo));
    });
  }

  private static Executor daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      thread.start();
    };
  }

  private void loadActors(Set<String> rows) {
    rows.forEach(row -> {
      String[] f = row.split("\t", -1);
      List<Role> roles = new ArrayList<>();
      for (String r : f[2].split(";")) {
        int at = r.indexOf('@');
        roles.add(new Role(r.substring(0, at), DateRange.parseCompact(r.substring(at + 1))));
      }
      KbActor actor = new KbActor(f[0].equals("P"), f[1], roles);
      for (String key : f[3].split("\\|")) {
        actorsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(actor);
        int space = key.lastIndexOf(' ');
        if (actor.person() && space > 0 && key.length() - space > 4) {
          List<KbActor> same = personsBySurname.computeIfAbsent(key.substring(space + 1), k -> new ArrayList<>(1));
          // An actor's keys come together, so a repeat is the last one added (no deep record comparison).
          if (same.isEmpty() || same.get(same.size() - 1) != actor) {
            same.add(actor);
          }
        }
      }
    });
  }

  /** The countries and the gazetteer, which the entity stage shares. */
  public Geography geography() {
    return geography;
  }

  /** The country a name or demonym stands for ("Belarus", "Belarusian", "U.S."). */
  public Optional<KbCountry> country(String name) {
    return geography.country(name);
  }

  /** The country with this ISO alpha-3 or alpha-2 code. */
  public Optional<KbCountry> countryByCode(String code) {
    return geography.countryByCode(code);
  }

  public boolean isCountryCode(String iso3) {
    return geography.isCountryCode(iso3);
  }

  public Optional<Igo> igo(String name) {
    return Optional.ofNullable(igoByKey.get(Phrases.key(name)));
  }

  /**
   * The Phoenix actor dictionaries as read for this knowledge base, one list per file: the event coder codes with
   * these same entries ({@link EventModel#load(List)}).
   */
  public List<List<ActorEntry>> actorDictionaries() {
    return actorDictionaries;
  }

  /** Dictionary actors known by exactly this phrase ("Vladimir Putin", "US Senate"). */
  public List<KbActor> actors(String name) {
    return actorsByKey.getOrDefault(Phrases.key(name), List.of());
  }

  /** People whose dictionary names end in this surname ("Putin"). */
  public List<KbActor> personsBySurname(String surname) {
    return personsBySurname.getOrDefault(Phrases.key(surname), List.of());
  }

  /** Gazetteer entries of a place name, by own name or other name. */
  public List<GeoEntry> places(String name) {
    return geography.places(name);
  }

  /** The name of a first-level division by its GeoNames key ({@code US.ID} → Idaho). */
  public Optional<String> admin1Name(String key) {
    return geography.admin1Name(key);
  }

  /** The agent code ({@code GOV}, {@code LEG}, {@code GOVMIL}) of the longest agent phrase in a descriptor. */
  public Optional<String> agentIn(String descriptor) {
    // The agent dictionaries list singular nouns only ("lawmaker"); plurals are tried without their "s".
    return longestIn(descriptor, agents, maxAgentWords).or(() -> longestIn(
        Phrases.key(descriptor).replaceAll("(\\w{3,})s\\b", "$1"), agents, maxAgentWords));
  }

  /** The country a descriptor names by name or demonym ("Ukrainian Foreign Minister" → UKR), longest first. */
  public Optional<KbCountry> countryIn(String descriptor) {
    return longestIn(descriptor, geography.countriesByKey(), 4);
  }

  /** The country a title implies without naming it ("Secretary of State" → USA). */
  public Optional<KbCountry> hintedCountryIn(String descriptor) {
    return longestIn(descriptor, hints, maxHintWords).flatMap(this::countryByCode);
  }

  // The longest word n-gram of the key that is in the map; among equally long ones the rightmost (the head).
  private static <V> Optional<V> longestIn(String phrase, Map<String, V> map, int maxWords) {
    String[] words = Phrases.key(phrase).split(" ");
    for (int n = Math.min(maxWords, words.length); n >= 1; n--) {
      for (int start = words.length - n; start >= 0; start--) {
        V value = map.get(String.join(" ", Arrays.copyOfRange(words, start, start + n)));
        if (value != null) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /** Counts for the load report: countries, IGO names, actor phrases, agent phrases, place names. */
  public String size() {
    return geography.countryCount() + " countries, " + igoByKey.size() + " IGO names, " + actorsByKey.size()
        + " actor phrases, " + agents.size() + " agent phrases, " + geography.placeNameCount() + " place names";
  }

  private static int maxWords(Collection<String> keys) {
    return keys.stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }

  static void rows(String resource, boolean gzip, Consumer<String[]> sink) {
    InputStream in = KnowledgeBase.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource org/newsgraph/kb/" + resource);
    }
    try (InputStream raw = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          sink.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
