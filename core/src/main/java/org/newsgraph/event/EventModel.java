package org.newsgraph.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coder with the dictionaries compiled into newsgraph (CAMEO 2.0 verbs plus newsgraph's own patterns, the
 * Phoenix actors, agents and discards) and the CAMEO→PLOVER table, loaded from the class path. Build it once per
 * JVM and share it: it is immutable and thread-safe.
 */
public final class EventModel {

  static final String VERBS = "CAMEO.2.0.txt";
  static final String OWN_VERBS = "newsgraph.verbs.txt";
  static final String AGENTS = "Phoenix.agents.txt";
  static final String DISCARDS = "Phoenix.discards.txt";
  static final List<String> ACTORS = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
      "Phoenix.MilNonState.actors.txt");

  private static final Logger LOG = LoggerFactory.getLogger(EventModel.class);

  private final EventCoder coder;
  private final PloverMapping plover;
  private final int warnings;

  private EventModel(EventCoder coder, PloverMapping plover, int warnings) {
    this.coder = coder;
    this.plover = plover;
    this.warnings = warnings;
  }

  /** Loads the compiled dictionaries in lenient mode (the field's files have known quirks; see the docs). */
  public static EventModel load() {
    List<String> actorWarnings = new ArrayList<>();
    List<List<ActorEntry>> actors = actorDictionaries(actorWarnings::add);
    actorWarnings.forEach(warning -> LOG.debug("event dictionaries: {}", warning));
    return load(actors, actorWarnings.size());
  }

  /**
   * Loads the compiled verb, agent and discard dictionaries around actor dictionaries already read (the knowledge
   * base's, {@link #actorDictionaries}), so the coder and the knowledge base share one reading of them.
   */
  public static EventModel load(List<List<ActorEntry>> actors) {
    return load(actors, 0);
  }

  private static EventModel load(List<List<ActorEntry>> actors, int actorWarnings) {
    List<String> warnings = new ArrayList<>();
    VerbDictionaryReader verbs = new VerbDictionaryReader(ParseMode.LENIENT, warnings::add);
    List<VerbBlock> blocks = new ArrayList<>(read(OWN_VERBS, false, r -> verbs.read(OWN_VERBS, r)).blocks());
    blocks.addAll(read(VERBS, true, r -> new VerbDictionaryReader(ParseMode.LENIENT, warnings::add)
        .read(VERBS, r)).blocks());
    AgentDictionary agents = AgentDictionary.of(read(AGENTS, true,
        r -> new AgentDictionaryReader(ParseMode.LENIENT, warnings::add).read(AGENTS, r)));
    DiscardList discards = read(DISCARDS, true, r -> DiscardList.read(DISCARDS, r, ParseMode.LENIENT,
        warnings::add)).without(EventModel::isTimeReference);
    EventDictionaries dictionaries = new EventDictionaries(new VerbDictionary(blocks),
        ActorDictionary.merge(actors), agents, discards);
    // The field's files have known quirks (20), so each is a detail and only their number is news.
    warnings.forEach(warning -> LOG.debug("event dictionaries: {}", warning));
    int count = warnings.size() + actorWarnings;
    LOG.info("event dictionaries: {} lines read leniently or skipped (listed at DEBUG level)", count);
    return new EventModel(new EventCoder(dictionaries), PloverMapping.load(), count);
  }

  /**
   * The Phoenix actor dictionaries (countries, international actors, non-state armed groups) as the coder reads
   * them, one list of entries per file in PETRARCH's order; the knowledge base reads its people and organizations
   * from the same entries, so that both know one set of names.
   *
   * @param warnings receives the lines lenient mode accepted or skipped
   */
  public static List<List<ActorEntry>> actorDictionaries(Consumer<String> warnings) {
    List<List<ActorEntry>> actors = new ArrayList<>();
    for (String file : ACTORS) {
      actors.add(read(file, true, r -> new ActorDictionaryReader(ParseMode.LENIENT, warnings).read(file, r)));
    }
    return actors;
  }

  /**
   * Whether a discard phrase only refers to a time: a bare year ({@code 1983}) or {@code YEARS AGO},
   * {@code MONTHS LATER} and the like. Phoenix discards every sentence naming a year from 1914 to 2013 to keep
   * retrospective sentences out of its daily data; in a news article such a sentence is often current news that
   * mentions history ("the first visit since 1979", "hostages taken two weeks ago"), and an event that is history
   * is dated by its time expression in the event stage instead of being dropped.
   */
  static boolean isTimeReference(String phrase) {
    return phrase.matches("\\d{4}") || phrase.matches("(?i)(WEEKS|MONTHS|YEARS) +(AGO|LATER)");
  }

  private static <T> T read(String name, boolean gzip, Function<Reader, T> function) {
    String resource = gzip ? name + ".gz" : name;
    try (InputStream raw = EventModel.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("resource org/newsgraph/event/" + resource + " is missing");
      }
      InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      return function.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  public EventCoder coder() {
    return coder;
  }

  public PloverMapping plover() {
    return plover;
  }

  /** How many quirks lenient mode accepted in the dictionaries (20 in the field's files). */
  public int warnings() {
    return warnings;
  }
}
