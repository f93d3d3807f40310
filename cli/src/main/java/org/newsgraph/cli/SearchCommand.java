package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.format.HitFormat;
import org.newsgraph.store.format.HitWriter;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.Distinct;
import org.newsgraph.store.query.EntityQuery;
import org.newsgraph.store.query.ErrorQuery;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;
import org.newsgraph.store.query.StoreQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph search}: finds articles, quotes, events, entities or error records in a store. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Search a store: articles, quotes, events, entities or error records, with counts per facet.",
        "QUERY is Lucene query syntax over the kind's words (phrases in quotes, AND/OR/NOT, field:value); all "
            + "words are required unless OR is written. See docs/store.md for the fields.",
        "Every hit carries its article's id and the character offsets of its words."})
final class SearchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Lucene query syntax; none matches all.")
  private List<String> query = List.of();

  @Option(names = "--store", paramLabel = "DIR", description = "The store folder (default: ./newsgraph-store).")
  private Path store = StoreWriter.DEFAULT_DIR;

  @Option(names = "--type", paramLabel = "KIND", defaultValue = "article",
      description = "article, quote, event, entity or error (default: ${DEFAULT-VALUE}).")
  private String type;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits per page (default: "
      + "${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance or date (newest first) (default: ${DEFAULT-VALUE}).")
  private String sort;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The next page: the cursor the last page gave.")
  private String after;

  @Option(names = "--count", description = "Print the number of hits alone.")
  private boolean count;

  @Option(names = "--distinct", paramLabel = "WHAT", defaultValue = "copies",
      description = "Articles: clusters counts a cluster of syndicated copies as one hit (its earliest copy among "
          + "the hits), in hits, --count and --facets; copies counts every copy (default: ${DEFAULT-VALUE}).")
  private String distinct;

  @Option(names = "--facets", split = ",", paramLabel = "FACET",
      description = "Print counts per value instead of hits: day, week, month, outlet, entity, speaker, "
          + "event_type, country (with --format json, both).")
  private List<String> facets = List.of();

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Values listed per facet (days, weeks and months are all listed) (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(names = "--profile", paramLabel = "ENTITY",
      description = "With --type entity: the entity's profile (knowledge-base id or canonical name).")
  private String profile;

  @Option(names = "--interval", paramLabel = "LENGTH", defaultValue = "month",
      description = "The profile's timeline buckets: day, week or month (default: ${DEFAULT-VALUE}).")
  private String interval;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (ISO-8601), publication or event date.")
  private String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (ISO-8601), included.")
  private String to;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Articles, quotes: the outlet.")
  private String outlet;

  @Option(names = "--title", paramLabel = "WORDS", description = "Articles: words of the title.")
  private String title;

  @Option(names = "--language", paramLabel = "CODE", description = "Articles: the language (en).")
  private String language;

  @Option(names = "--country", paramLabel = "ISO3",
      description = "Articles: a focus country; events: a country taking part (place, actor or recipient).")
  private String country;

  @Option(names = "--entity", paramLabel = "ID",
      description = "Articles: mentioning an entity (knowledge-base id or canonical name).")
  private String entity;

  @Option(names = "--speaker", paramLabel = "ID", description = "Quotes: by a speaker (id, name or words).")
  private String speaker;

  @Option(names = "--about", paramLabel = "ID", description = "Quotes: whose content mentions an entity.")
  private String about;

  @Option(names = "--cue", paramLabel = "WORDS", description = "Quotes: the cue (said, according to).")
  private String cue;

  @Option(names = "--kind", paramLabel = "KIND", description = "Quotes: direct, partial, indirect or mixed.")
  private String quoteKind;

  @Option(names = "--event-type", paramLabel = "TYPE", description = "Events: the PLOVER type (ASSAULT).")
  private String eventType;

  @Option(names = "--cameo", paramLabel = "CODE", description = "Events: the CAMEO code; 19* for a root.")
  private String cameo;

  @Option(names = "--actor", paramLabel = "ID", description = "Events: the actor (entity, actor code, country).")
  private String actor;

  @Option(names = "--recipient", paramLabel = "ID", description = "Events: the recipient (as --actor).")
  private String recipient;

  @Option(names = "--place", paramLabel = "ID", description = "Events: the place (entity id or name).")
  private String place;

  @Option(names = "--negated", arity = "0..1", paramLabel = "BOOL", description = "Events: negated or not.")
  private Boolean negated;

  @Option(names = "--hypothetical", arity = "0..1", paramLabel = "BOOL", description = "Events: hypothetical.")
  private Boolean hypothetical;

  @Option(names = "--future", arity = "0..1", paramLabel = "BOOL", description = "Events: in the future.")
  private Boolean future;

  @Option(names = "--prefix", paramLabel = "TEXT", description = "Entities: the name begins with TEXT.")
  private String prefix;

  @Option(names = "--entity-type", paramLabel = "TYPE", description = "Entities: PERSON, ORGANIZATION, ...")
  private String entityType;

  @Option(names = "--kb", paramLabel = "ID", description = "Entities: the knowledge-base id.")
  private String kb;

  @Option(names = "--code", paramLabel = "CODE", description = "Errors: the error code (TIMEOUT).")
  private String code;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Kind kind;
    HitFormat hitFormat;
    SortOrder order;
    Distinct distinctBy;
    Set<Facet> wanted = EnumSet.noneOf(Facet.class);
    try {
      kind = Kind.of(type);
      hitFormat = HitFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
      order = SortOrder.valueOf(sort.strip().toUpperCase(java.util.Locale.ROOT));
      facets.forEach(f -> wanted.add(Facet.of(f)));
      distinctBy = Distinct.of(distinct);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    try (StoreReader reader = StoreReader.open(store)) {
      if (profile != null) {
        if (kind != Kind.ENTITY) {
          return usage("--profile needs --type entity");
        }
        return new ProfilePrinter(out).print(reader, profile, interval, top, hitFormat);
      }
      StoreQuery<?> storeQuery = query(kind);
      if (count) {
        out.println(reader.count(storeQuery, distinctBy));
        return 0;
      }
      HitWriter writer = HitWriter.of(hitFormat);
      if (!wanted.isEmpty() && hitFormat != HitFormat.JSON) {
        writer.writeFacets(reader.facets(storeQuery, wanted, top, distinctBy), out);
        return 0;
      }
      Hits<?> hits = reader.search(storeQuery, new Page(limit, order, after), wanted, distinctBy);
      writer.write(hits, out);
      return 0;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return usage(e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getFile() + ": " + e.getReason());
      return 2;
    }
  }

  private StoreQuery<?> query(Kind kind) {
    String text = String.join(" ", query);
    DateRange days = DateRange.parse(from, to);
    return switch (kind) {
      case ARTICLE -> new ArticleQuery(text, title, outlet, days, language, country, entity);
      case QUOTE -> new QuoteQuery(text, speaker, about, cue, quoteKind, days, outlet);
      case EVENT -> new EventQuery(text, eventType, cameo, actor, recipient, place, country, days, negated,
          hypothetical, future);
      case ENTITY -> new EntityQuery(text, prefix, entityType, kb);
      case ERROR -> new ErrorQuery(text, code);
    };
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("newsgraph search: " + message);
    return 2;
  }
}
