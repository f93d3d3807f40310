package org.newsgraph.fetch;

import java.time.Duration;

/**
 * How politely and how far to fetch: who we say we are, how long to wait, how much to take, how often to ask one host.
 *
 * @param userAgent sent with every request; its first word (before '/') is the name robots.txt rules are matched to
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for a whole response
 * @param maxBytes the largest body taken; a larger one is refused
 * @param hostDelay the least time between two requests to one host (a robots.txt Crawl-delay may lengthen it)
 * @param maxRedirects redirects followed before giving up
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBytes,
    Duration hostDelay, int maxRedirects) {

  public static final String DEFAULT_USER_AGENT =
      "newsgraph/0.1 (news analysis; honours robots.txt)";

  /** Longest Crawl-delay honoured; a site asking for more is fetched at this pace. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

  public FetchOptions {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent: required");
    }
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes: must be between 1 and " + (Integer.MAX_VALUE - 16));
    }
    if (hostDelay.isNegative() || maxRedirects < 0) {
      throw new IllegalArgumentException("hostDelay and maxRedirects: must not be negative");
    }
  }

  /** 10 s to connect, 30 s per response, 5 MiB, one request per host per second, 5 redirects. */
  public static FetchOptions defaults() {
    return new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024,
        Duration.ofSeconds(1), 5);
  }

  public FetchOptions withHostDelay(Duration delay) {
    return new FetchOptions(userAgent, connectTimeout, requestTimeout, maxBytes, delay, maxRedirects);
  }

  public FetchOptions withMaxBytes(long bytes) {
    return new FetchOptions(userAgent, connectTimeout, requestTimeout, bytes, hostDelay, maxRedirects);
  }

  public FetchOptions withRequestTimeout(Duration timeout) {
    return new FetchOptions(userAgent, connectTimeout, timeout, maxBytes, hostDelay, maxRedirects);
  }

  /** The name robots.txt groups are matched against: the user agent's product token, lower-cased. */
  String robotName() {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.toLowerCase(java.util.Locale.ROOT);
  }
}
