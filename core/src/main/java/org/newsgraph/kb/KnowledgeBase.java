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
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.event.ActorEntry;
import org.newsgraph.event.EventModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled knowledge base: countries, international organizations, Phoenix actors with dated roles (read from
 * the event coder's dictionaries, {@link PhoenixActors}), agent (sector) words, title hints and the GeoNames gazetteer, each behind hash maps keyed by {@link Phrases#key}.
 * Load it once per JVM with {@link #load()} and pass it to the stages that need it; immutable and thread-safe once
 * loaded.
 */
public final class KnowledgeBase {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final Map<String, KbCountry> countryByKey = new HashMap<>();
  private final Map<String, KbCountry> byIso3 = new HashMap<>();
  private final Map<String, KbCountry> byIso2 = new HashMap<>();
  private final Map<String, Igo> igoByKey = new HashMap<>();
  private final Map<String, List<KbActor>> actorsByKey = new HashMap<>(1 << 16);
  private final Map<String, List<KbActor>> personsBySurname = new HashMap<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, String> hints = new HashMap<>();
  private final Map<String, List<GeoEntry>> placesByKey = new HashMap<>(1 << 18);
  private final Map<String, String> admin1Names = new HashMap<>();
  private int maxAgentWords;
  private int maxHintWords;
  private List<List<ActorEntry>> actorDictionaries;

  private KnowledgeBase() {}

  /** Loads the resources compiled into newsgraph ({@code org/newsgraph/kb/}). */
  public static KnowledgeBase load() {
    KnowledgeBase kb = new KnowledgeBase();
    // The gazetteer and the actor dictionaries are most of the work and touch only their own maps: they are read on
    // threads of their own.
    CompletableFuture<Void> places = CompletableFuture.runAsync(kb::loadPlaces, daemon("kb-gazetteer"));
    CompletableFuture<List<List<ActorEntry>>> actors = CompletableFuture.supplyAsync(
        () -> EventModel.actorDictionaries(warning -> LOG.debug("actor dictionaries: {}", warning)),
        daemon("kb-actors"));
    kb.loadCountries();
    kb.loadIgos();
    kb.actorDictionaries = actors.join().stream().map(List::copyOf).toList();
    kb.loadActors(PhoenixActors.rows(kb.actorDictionaries));
    rows("agents.tsv", false, f -> kb.agents.put(f[0], f[1]));
    rows("country-hints.tsv", false, f -> kb.hints.put(Phrases.key(f[0]), f[1]));
    kb.maxAgentWords = maxWords(kb.agents.keySet());
    kb.maxHintWords = maxWords(kb.hints.keySet());
    places.join();
    return kb;
  }

  private void loadCountries() {
    List<String[]> rows = new ArrayList<>();
    rows("countries.tsv", false, rows::add);
    for (String[] f : rows) {
      KbCountry c = new KbCountry(f[0], f[1], Long.parseLong(f[2]), f[3], f[4], Long.parseLong(f[5]), f[6]);
      byIso3.put(c.iso3(), c);
      byIso2.put(c.iso2(), c);
    }
    // Names first, demonyms after, so a name is never shadowed by another country's demonym.
    for (int column : new int[] {7, 8}) {
      for (String[] f : rows) {
        KbCountry c = byIso3.get(f[0]);
        for (String name : split(f[column])) {
          countryByKey.putIfAbsent(Phrases.key(name), c);
        }
      }
    }
    for (KbCountry c : byIso3.values()) {
      countryByKey.put(Phrases.key(c.name()), c);
    }
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

  private void loadPlaces() {
    rows("cities.tsv.gz", true, f -> {
      long id = Long.parseLong(f[0]);
      double lat = Double.parseDouble(f[2]);
      double lon = Double.parseDouble(f[3]);
      long population = Long.parseLong(f[7]);
      addPlace(f[1], new GeoEntry(id, f[1], lat, lon, f[4], f[5], f[6], population, true));
      GeoEntry other = new GeoEntry(id, f[1], lat, lon, f[4], f[5], f[6], population, false);
      split(f[8]).forEach(key -> addPlaceKey(key, other));
    });
    rows("admin1.tsv", false, f -> {
      admin1Names.put(f[0], f[1]);
      addPlace(f[1], new GeoEntry(Long.parseLong(f[2]), f[1], null, null, "ADM1", f[3], f[0], 0, true));
    });
  }

  private void addPlace(String name, GeoEntry entry) {
    addPlaceKey(Phrases.key(name), entry);
  }

  private void addPlaceKey(String key, GeoEntry entry) {
    List<GeoEntry> list = placesByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (list.stream().noneMatch(e -> e.geonameId() == entry.geonameId())) {
      list.add(entry);
    }
  }

  /** The country a name or demonym stands for ("Belarus", "Belarusian", "U.S."). */
  public Optional<KbCountry> country(String name) {
    // An ISO code is a name only written as one ("RUS"): as a word key, "and", "can" and "per" would be countries
    // inside every phrase searched for a country name.
    KbCountry byName = countryByKey.get(Phrases.key(name));
    return Optional.ofNullable(byName != null || !ISO3.matcher(name).matches() ? byName : byIso3.get(name));
  }

  /** The country with this ISO alpha-3 or alpha-2 code. */
  public Optional<KbCountry> countryByCode(String code) {
    return Optional.ofNullable(code.length() == 2 ? byIso2.get(code) : byIso3.get(code));
  }

  public boolean isCountryCode(String iso3) {
    return byIso3.containsKey(iso3);
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
    return placesByKey.getOrDefault(Phrases.key(name), List.of());
  }

  /** The name of a first-level division by its GeoNames key ({@code US.ID} → Idaho). */
  public Optional<String> admin1Name(String key) {
    return Optional.ofNullable(admin1Names.get(key));
  }

  /** The agent code ({@code GOV}, {@code LEG}, {@code GOVMIL}) of the longest agent phrase in a descriptor. */
  public Optional<String> agentIn(String descriptor) {
    // The agent dictionaries list singular nouns only ("lawmaker"); plurals are tried without their "s".
    return longestIn(descriptor, agents, maxAgentWords).or(() -> longestIn(
        Phrases.key(descriptor).replaceAll("(\\w{3,})s\\b", "$1"), agents, maxAgentWords));
  }

  /** The country a descriptor names by name or demonym ("Ukrainian Foreign Minister" → UKR), longest first. */
  public Optional<KbCountry> countryIn(String descriptor) {
    return longestIn(descriptor, countryByKey, 4);
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
    return byIso3.size() + " countries, " + igoByKey.size() + " IGO names, " + actorsByKey.size()
        + " actor phrases, " + agents.size() + " agent phrases, " + placesByKey.size() + " place names";
  }

  private static int maxWords(Collection<String> keys) {
    return keys.stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }

  private static void rows(String resource, boolean gzip, Consumer<String[]> sink) {
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
