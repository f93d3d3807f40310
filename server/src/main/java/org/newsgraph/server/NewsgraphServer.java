package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.server.api.AnalysisSink;
import org.newsgraph.server.api.AnalyzeController;
import org.newsgraph.server.openapi.ApiRoute;
import org.newsgraph.server.openapi.OpenApiDocument;
import org.newsgraph.server.web.AnalyzePage;
import org.newsgraph.server.web.ArticleView;
import org.newsgraph.server.web.Pages;

/**
 * The composition root: builds every controller once and wires them to their routes. Handlers are thin method
 * references; the domain work is the pipeline's and the store's.
 */
public final class NewsgraphServer implements AutoCloseable {

  public static final String VERSION = "0.1.0";
  static final String SWAGGER_UI = "/webjars/swagger-ui/5.34.1";

  private final Javalin app;
  private final Analyzer analyzer;
  private final List<String> registered;

  private NewsgraphServer(Javalin app, Analyzer analyzer, List<String> registered) {
    this.app = app;
    this.analyzer = analyzer;
    this.registered = registered;
  }

  /** Starts a server; {@code pipeline} is asked for only when the first article is posted. */
  public static NewsgraphServer start(ServerOptions options, Supplier<Pipeline> pipeline, AnalysisSink sink) {
    Pages pages = new Pages();
    AnalysisJson json = new AnalysisJson();
    Analyzer analyzer = new Analyzer(pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()),
        options.analyzeTimeout(), options.maxBodyBytes());
    RateLimiter limiter = new RateLimiter(options.analyzePerMinute());
    WriteGuard guard = new WriteGuard(options.writeToken());
    ErrorResponses errors = new ErrorResponses(pages);
    AnalyzeController analyze = new AnalyzeController(analyzer, limiter, guard, sink);
    AnalyzePage analyzePage = new AnalyzePage(pages, analyzer, limiter, guard, sink,
        options.writeToken().isPresent(), ArticleView.EntityLinks.NONE);

    List<ApiRoute> api = new ArrayList<>();
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
      config.events.handlerAdded(info -> registered.add(info.getHttpMethod() + " " + info.getPath()));
      config.routes.before(SecurityHeaders::apply);
      for (ApiRoute route : api) {
        config.routes.addHttpHandler(route.method(), route.path(), route.handler());
      }
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      config.routes.get("/api/docs", ctx -> ctx.html(pages.render("apidocs", Map.of("swaggerUi", SWAGGER_UI))));
      config.routes.get("/", ctx -> ctx.redirect("/analyze"));
      config.routes.get("/analyze", analyzePage::form);
      config.routes.post("/analyze", analyzePage::submit);
      config.routes.exception(ApiException.class, errors::refused);
      config.routes.exception(HttpResponseException.class, errors::http);
      config.routes.exception(Exception.class, errors::unexpected);
      config.routes.error(404, errors::notFound);
    });
    app.start();
    return new NewsgraphServer(app, analyzer, List.copyOf(registered));
  }

  public int port() {
    return app.port();
  }

  /** Every method and path the server answers, as registered with the HTTP layer ({@code GET /api/stats}). */
  public List<String> registeredRoutes() {
    return registered;
  }

  @Override
  public void close() {
    app.stop();
    analyzer.close();
  }

}
