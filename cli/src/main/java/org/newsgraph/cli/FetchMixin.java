package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.fetch.FetchOptions;
import org.newsgraph.fetch.PoliteFetcher;
import picocli.CommandLine.Option;

/** Options of the commands that fetch URLs: who we say we are and how gently we ask. */
final class FetchMixin {

  @Option(names = "--user-agent", paramLabel = "TEXT", defaultValue = FetchOptions.DEFAULT_USER_AGENT,
      description = "User-Agent sent when fetching URLs; its first word is the name robots.txt rules are read for "
          + "(default: ${DEFAULT-VALUE}).")
  String userAgent;

  @Option(names = "--host-delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least time between two requests to one host; a longer robots.txt Crawl-delay wins "
          + "(default: ${DEFAULT-VALUE}).")
  double hostDelaySeconds;

  @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Longest wait for one whole response (default: ${DEFAULT-VALUE}).")
  long fetchTimeoutSeconds;

  PoliteFetcher fetcher(long maxBytes) {
    FetchOptions defaults = FetchOptions.defaults();
    return new PoliteFetcher(new FetchOptions(userAgent, defaults.connectTimeout(),
        Duration.ofSeconds(fetchTimeoutSeconds), maxBytes, Duration.ofMillis(Math.round(hostDelaySeconds * 1000)),
        defaults.maxRedirects()));
  }
}
