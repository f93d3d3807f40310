package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerOptions;
import org.newsgraph.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the REST API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve a store: the JSON API (OpenAPI at /openapi.json, docs at /api/docs) and the web pages "
        + "(/search, /quotes, /events, /entities, /articles/ID, /analyze).",
        "Listens on 127.0.0.1 unless --bind says otherwise. Storing through the API needs the write token."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", description = "The store folder (default: ./newsgraph-store).")
  private Path store = StoreWriter.DEFAULT_DIR;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  private String bind;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The write token: requests carrying 'Authorization: Bearer TOKEN' may store analyses "
          + "(default: $NEWSGRAPH_TOKEN; without one the server stores nothing).")
  private String token;

  @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES,
      description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
  private long maxBodyBytes;

  @Option(names = "--analyze-per-minute", paramLabel = "N",
      defaultValue = "" + ServerOptions.DEFAULT_ANALYZE_PER_MINUTE,
      description = "Analyze requests one client may make per minute (default: ${DEFAULT-VALUE}).")
  private int analyzePerMinute;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time one posted article may take to analyze (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Option(names = "--cache-size", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_CACHE_SIZE,
      description = "Answers of the store kept until its next commit; 0 keeps none (default: ${DEFAULT-VALUE}).")
  private int cacheSize;

  @Override
  public Integer call() throws Exception {
    String writeToken = token != null ? token : System.getenv("NEWSGRAPH_TOKEN");
    ServerOptions options = new ServerOptions(bind, port, Optional.ofNullable(writeToken), maxBodyBytes,
        analyzePerMinute, Duration.ofSeconds(timeoutSeconds), cacheSize);
    NewsgraphServer server;
    try {
      server = NewsgraphServer.start(options, new LazyPipeline(), store);
    } catch (java.nio.file.NoSuchFileException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getFile() + ": " + e.getReason());
      return 2;
    }
    spec.commandLine().getErr().printf("newsgraph: serving %s at http://%s:%d/ (API docs at /api/docs; writes %s)%n",
        store, bind, server.port(), writeToken == null || writeToken.isBlank() ? "disabled" : "need the token");
    spec.commandLine().getErr().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** The CoreNLP pipeline, built the first time an article is posted (its models take a while to load). */
  private static final class LazyPipeline implements Supplier<Pipeline> {
    private Pipeline pipeline;

    @Override
    public synchronized Pipeline get() {
      if (pipeline == null) {
        pipeline = StandardPipeline.build(new CoreNlpAnnotator(CoreNlpConfig.defaults()));
      }
      return pipeline;
    }
  }
}
