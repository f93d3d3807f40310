package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.server.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench server}: a bounded mixed load on a running {@code newsgraph serve} on this machine. */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Load a running 'newsgraph serve' on this machine with a mix of API and page requests (search, "
        + "articles, quotes, events, entities, profiles, timelines) built from its store; report requests/s, "
        + "errors and latency percentiles. Only loopback addresses are accepted; the run stops by itself."})
final class BenchServerCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080/",
      description = "The server (default: ${DEFAULT-VALUE}).")
  private URI url;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
      description = "Client threads, each sending one request after another (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "How long (default: "
      + "${DEFAULT-VALUE}).")
  private long seconds;

  @Option(names = "--max-requests", paramLabel = "N", defaultValue = "100000",
      description = "Stop after this many requests (default: ${DEFAULT-VALUE}).")
  private long maxRequests;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "10",
      description = "Seconds of load before the measured run, not counted (default: ${DEFAULT-VALUE}).")
  private long warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LoadTest load = new LoadTest(url);
    List<String> mix = load.mix();
    if (warmup > 0) {
      load.run(mix, clients, Duration.ofSeconds(warmup), maxRequests);
    }
    LoadTest.Result result = load.run(mix, clients, Duration.ofSeconds(seconds), maxRequests);
    out.printf(Locale.ROOT, "%d requests in %.1f s = %.0f requests/s, %d errors, %d clients, %d kinds of request%n",
        result.requests(), result.seconds(), result.perSecond(), result.errors(), clients, result.byKind().size());
    out.printf(Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", result.percentile(50),
        result.percentile(90), result.percentile(99), result.percentile(100));
    out.println("| request | count | p50 ms | p99 ms |");
    out.println("|---|---:|---:|---:|");
    result.byKind().forEach((kind, count) -> out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", kind, count,
        result.percentile(kind, 50), result.percentile(kind, 99)));
    return result.errors() == 0 ? 0 : 1;
  }
}
