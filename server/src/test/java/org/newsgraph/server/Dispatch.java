package org.newsgraph.server;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Cue;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Speaker;

/**
 * A short war dispatch analyzed by hand, as a precomputed analysis would come into the store: an event with a
 * geocoded place and a quote with the reporter's framing, which the bundled examples (local news) do not have.
 */
public final class Dispatch {

  public static final String TEXT = "Russia shelled Kharkiv on Tuesday, damaging a school. \"We will rebuild every "
      + "classroom,\" Mayor Ihor Terekhov whined, calling the official account bogus.";
  public static final double LAT = 49.98081;
  public static final double LON = 36.25272;

  private Dispatch() {}

  public static Analysis analysis() {
    Entity russia = entity("e1", "Russia", EntityType.COUNTRY, Map.of("id", "RUS", "name", "Russia",
        "kind", "country", "country", "RUS"));
    Entity kharkiv = entity("e2", "Kharkiv", EntityType.CITY, Map.of());
    Entity mayor = entity("e3", "Ihor Terekhov", EntityType.PERSON, Map.of());
    String said = "We will rebuild every classroom,";
    int quote = TEXT.indexOf(said);
    int speaker = TEXT.indexOf("Ihor Terekhov");
    int cue = TEXT.indexOf("whined");
    int bogus = TEXT.indexOf("bogus");
    Quote q1 = new Quote("q1", said, quote, quote + said.length(), List.of(new Segment(quote, quote + said.length())),
        QuoteKind.DIRECT, new Speaker("e3", "Ihor Terekhov", speaker, speaker + "Ihor Terekhov".length()),
        new Cue("whined", cue, cue + "whined".length()), null);
    Event assault = new Event("v1", "ASSAULT", "190", 4, null, new Actor("e1", "Russia", "RUS"),
        new Actor("e2", "Kharkiv", "UKR"), "2024-05-14", false, "Kharkiv", false, false, false,
        new Segment(0, TEXT.indexOf('.') + 1), null, 0.8);
    Article article = new Article(null, "https://example.org/kharkiv-school", "Shelling damages a Kharkiv school",
        "Frontline Wire", List.of(), "2024-05-14", "en", TEXT, null, List.of());
    return new Analysis(Analysis.SCHEMA, article, List.of(russia, kharkiv, mayor), List.of(q1), List.of(),
        List.of(), List.of(assault),
        List.of(new Place("e2", "Kharkiv", 706483L, LAT, LON, "UKR", "PPLA", 0.9)),
        new Focus("UKR", List.of("UKR"), "Kharkiv"),
        List.of(new Framing(FramingKind.LOADED_CUE, "whined", cue, cue + "whined".length(), "q1", "negative"),
            new Framing(FramingKind.VERDICT, "bogus", bogus, bogus + "bogus".length(), null, "negative")),
        null);
  }

  private static Entity entity(String id, String name, EntityType type, Map<String, Object> kb) {
    int at = TEXT.indexOf(name);
    return new Entity(id, name, type, List.of(), List.of(), kb, List.of(new Mention(at, at + name.length(), name)));
  }
}
