package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.format.HitFormat;
import org.newsgraph.store.format.HitWriter;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Interval;

/** Prints an entity profile: one JSON object, or sections of tables. */
final class ProfilePrinter {

  private final PrintWriter out;

  ProfilePrinter(PrintWriter out) {
    this.out = out;
  }

  int print(StoreReader reader, String entity, String interval, int top, HitFormat format) throws IOException {
    EntityProfile profile = reader.profile(entity, Interval.valueOf(interval.strip().toUpperCase(Locale.ROOT)), top);
    if (format == HitFormat.JSON || format == HitFormat.JSONL) {
      out.println(new ObjectMapper().writeValueAsString(json(profile)));
      return 0;
    }
    HitWriter table = HitWriter.of(HitFormat.TABLE);
    out.printf("%s: mentioned in %d article(s)%n%n", profile.entity(), profile.articles());
    section("articles per " + profile.interval().name().toLowerCase(Locale.ROOT), profile.timeline(), table);
    section("entities in the same articles", profile.cooccurring(), table);
    section("outlets", profile.outlets(), table);
    hits("quotes by it", profile.quotesBy(), table);
    hits("quotes about it", profile.quotesAbout(), table);
    hits("events as actor", profile.eventsAsActor(), table);
    hits("events as recipient", profile.eventsAsRecipient(), table);
    return 0;
  }

  private void section(String title, List<FacetCount> counts, HitWriter table) {
    out.println("## " + title);
    table.writeFacets(java.util.Map.of(Facet.ENTITY, counts), out);
    out.println();
  }

  private void hits(String title, Hits<?> hits, HitWriter table) {
    out.println("## " + title);
    table.write(new Hits<>(hits.total(), hits.totalExact(), hits.hits(), null, java.util.Map.of()), out);
    out.println();
  }

  private static java.util.Map<String, Object> json(EntityProfile profile) {
    java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
    object.put("entity", profile.entity());
    object.put("articles", profile.articles());
    object.put("interval", profile.interval().name().toLowerCase(Locale.ROOT));
    object.put("timeline", profile.timeline());
    object.put("cooccurring", profile.cooccurring());
    object.put("outlets", profile.outlets());
    object.put("quotes_by", page(profile.quotesBy()));
    object.put("quotes_about", page(profile.quotesAbout()));
    object.put("events_as_actor", page(profile.eventsAsActor()));
    object.put("events_as_recipient", page(profile.eventsAsRecipient()));
    return object;
  }

  private static java.util.Map<String, Object> page(Hits<?> hits) {
    java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
    object.put("total", hits.total());
    object.put("total_relation", hits.totalRelation());
    object.put("hits", hits.hits().stream().map(Hit::row).toList());
    if (!hits.facets().isEmpty()) {
      java.util.Map<String, Object> facets = new java.util.LinkedHashMap<>();
      hits.facets().forEach((facet, counts) -> facets.put(facet.label(), counts));
      object.put("facets", facets);
    }
    return object;
  }
}
