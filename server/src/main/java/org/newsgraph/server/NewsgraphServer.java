package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.UriCompliance;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.server.api.AnalysisSink;
import org.newsgraph.server.api.AnalyzeController;
import org.newsgraph.server.api.ArticleController;
import org.newsgraph.server.api.EntityController;
import org.newsgraph.server.api.EntityFacts;
import org.newsgraph.server.api.EventPlaces;
import org.newsgraph.server.api.QuoteFraming;
import org.newsgraph.server.api.ListController;
import org.newsgraph.server.api.StatsController;
import org.newsgraph.server.api.StoreSink;
import org.newsgraph.server.api.TimelineController;
import org.newsgraph.server.map.WorldMap;
import org.newsgraph.server.openapi.ApiRoute;
import org.newsgraph.server.openapi.OpenApiDocument;
import org.newsgraph.server.web.AnalysisParser;
import org.newsgraph.server.web.AnalyzePage;
import org.newsgraph.server.web.ArticlePage;
import org.newsgraph.server.web.EntityPage;
import org.newsgraph.server.web.EventsPage;
import org.newsgraph.server.web.Links;
import org.newsgraph.server.web.QuotesPage;
import org.newsgraph.server.web.SearchPage;
import org.newsgraph.server.web.ArticleView;
import org.newsgraph.server.web.Pages;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.query.Kind;

/**
 * The composition root: builds every controller once and wires them to their routes. Handlers are thin method
 * references; the domain work is the pipeline's and the store's.
 */
public final class NewsgraphServer implements AutoCloseable {

  public static final String VERSION = "0.1.0";
  static final String SWAGGER_UI = "/webjars/swagger-ui/5.34.1";

  private final Javalin app;
  private final Analyzer analyzer;
  private final StoreReader store;
  private final List<String> registered;

  private NewsgraphServer(Javalin app, Analyzer analyzer, StoreReader store, List<String> registered) {
    this.app = app;
    this.analyzer = analyzer;
    this.store = store;
    this.registered = registered;
  }

  /**
   * Starts a server over the store in {@code storeFolder}; {@code pipeline} is asked for only when the first
   * article is posted.
   */
  public static NewsgraphServer start(ServerOptions options, Supplier<Pipeline> pipeline, Path storeFolder)
      throws IOException {
    StoreReader reader = StoreReader.open(storeFolder);
    AnalysisSink sink = new StoreSink(storeFolder, reader);
    CachedStore store = new CachedStore(reader, new AnalysisParser(), options.cacheSize());
    EntityFacts facts = new EntityFacts(store);
    EventPlaces places = new EventPlaces(store);
    QuoteFraming framing = new QuoteFraming(store);
    Examples examples = Examples.of(reader);
    Pages pages = new Pages();
    AnalysisJson json = new AnalysisJson();
    Analyzer analyzer = new Analyzer(pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()),
        options.analyzeTimeout(), options.maxBodyBytes());
    RateLimiter limiter = new RateLimiter(options.analyzePerMinute());
    WriteGuard guard = new WriteGuard(options.writeToken());
    ErrorResponses errors = new ErrorResponses(pages);
    AnalyzeController analyze = new AnalyzeController(analyzer, limiter, guard, sink);
    ArticleView.EntityLinks entityLinks = (analysis, entity) -> Links.entity(EntityFacts.key(entity));
    AnalyzePage analyzePage = new AnalyzePage(pages, analyzer, limiter, guard, sink,
        options.writeToken().isPresent(), entityLinks);
    ArticlePage articlePage = new ArticlePage(pages, store, entityLinks);
    SearchPage searchPage = new SearchPage(pages, store);
    QuotesPage quotesPage = new QuotesPage(pages, store, framing);
    EventsPage eventsPage = new EventsPage(pages, store, places, WorldMap.load());
    EntityPage entityPage = new EntityPage(pages, store, facts);

    List<ApiRoute> api = new ArrayList<>();
    api.add(new ListController(store, Kind.ARTICLE, "articles").route(
        "Search articles: full text, title, outlet, dates, language, focus country, an entity; with facets"));
    api.add(new ArticleController(store, examples.article()).route());
    api.add(new ListController(store, Kind.QUOTE, "quotes", framing::row).route(
        "Search quotes: by speaker, words, an entity they mention, cue, kind, dates, outlet; each hit with the "
            + "reporter's framing of it (loaded_cue:whined, hedge:allegedly)"));
    api.add(new ListController(store, Kind.EVENT, "events", places::row).route(
        "Search events: PLOVER type, CAMEO code, actor, recipient, place, country, dates, flags; each hit with "
        + "its place's lat and lon when the article geocoded it"));
    api.add(new ListController(store, Kind.ENTITY, "entities").route(
        "Search entities as articles have them: words of the name, prefix, type, knowledge-base id"));
    api.add(new EntityController(store, facts, examples.entity()).route());
    api.add(new TimelineController(store).route());
    api.add(new StatsController(store).route());
    api.add(analyze.route());
    String openApi = OpenApiDocument.json(api, VERSION);

    List<String> registered = new ArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = options.bind();
      config.jetty.port = options.port();
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jsonMapper(new JavalinJackson(json.mapper(), false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.events.handlerAdded(info -> registered.add(info.getHttpMethod() + " " + ApiRoute.documentedPath(
          info.getPath())));
      // Ids may hold a slash (a feed's own article ids): "%2F" must reach the routes, and "<id>" takes slashes.
      config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(
          UriCompliance.DEFAULT.with("ids with slashes", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)));
      config.jetty.modifyServletContextHandler(context -> context.getServletHandler().setDecodeAmbiguousURIs(true));
      config.routes.before(SecurityHeaders::apply);
      for (ApiRoute route : api) {
        config.routes.addHttpHandler(route.method(), route.routedPath(), route.handler());
      }
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      config.routes.get("/api/docs", ctx -> ctx.html(pages.render("apidocs", Map.of("swaggerUi", SWAGGER_UI))));
      config.routes.get("/", ctx -> ctx.redirect("/search"));
      config.routes.get("/search", searchPage::show);
      config.routes.get("/articles/<id>", articlePage::show);
      config.routes.get("/quotes", quotesPage::show);
      config.routes.get("/events", eventsPage::show);
      config.routes.get("/entities", entityPage::list);
      config.routes.get("/entities/<id>", entityPage::show);
      config.routes.get("/analyze", analyzePage::form);
      config.routes.post("/analyze", analyzePage::submit);
      config.routes.exception(ApiException.class, errors::refused);
      config.routes.exception(HttpResponseException.class, errors::http);
      config.routes.exception(Exception.class, errors::unexpected);
      config.routes.error(404, errors::notFound);
    });
    app.start();
    return new NewsgraphServer(app, analyzer, reader, List.copyOf(registered));
  }

  public int port() {
    return app.port();
  }

  /**
   * Every method and path the server answers, as registered with the HTTP layer, path parameters in OpenAPI's form
   * ({@code GET /api/articles/{id}}).
   */
  public List<String> registeredRoutes() {
    return registered;
  }

  @Override
  public void close() {
    app.stop();
    analyzer.close();
    try {
      store.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
