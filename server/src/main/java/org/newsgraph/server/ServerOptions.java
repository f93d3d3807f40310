package org.newsgraph.server;

import java.time.Duration;
import java.util.Optional;

/**
 * How the server listens and what it allows.
 *
 * @param bind the address to listen on; loopback unless the user asks for another
 * @param port 0 picks a free port
 * @param writeToken the token a request must carry to store anything; empty disables writes
 * @param maxBodyBytes the largest request body accepted
 * @param analyzePerMinute how many {@code analyze} requests one client may make per minute
 * @param analyzeTimeout how long one analysis may take before it is answered with an error
 * @param cacheSize how many answers of the store are kept until its next commit; 0 keeps none
 */
public record ServerOptions(String bind, int port, Optional<String> writeToken, long maxBodyBytes,
    int analyzePerMinute, Duration analyzeTimeout, int cacheSize) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
  public static final int DEFAULT_ANALYZE_PER_MINUTE = 20;
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (analyzePerMinute < 1) {
      throw new IllegalArgumentException("analyzePerMinute must be at least 1, was " + analyzePerMinute);
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be 0 or more, was " + cacheSize);
    }
    writeToken = writeToken.filter(token -> !token.isBlank());
  }

  /** Loopback, the given port, writes disabled, the default limits. */
  public static ServerOptions loopback(int port) {
    return new ServerOptions(LOOPBACK, port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_ANALYZE_PER_MINUTE,
        Duration.ofSeconds(60), DEFAULT_CACHE_SIZE);
  }

  public ServerOptions withWriteToken(String token) {
    return new ServerOptions(bind, port, Optional.ofNullable(token), maxBodyBytes, analyzePerMinute, analyzeTimeout,
        cacheSize);
  }

  public ServerOptions withAnalyzePerMinute(int perMinute) {
    return new ServerOptions(bind, port, writeToken, maxBodyBytes, perMinute, analyzeTimeout, cacheSize);
  }

  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(bind, port, writeToken, bytes, analyzePerMinute, analyzeTimeout, cacheSize);
  }

  public ServerOptions withCacheSize(int size) {
    return new ServerOptions(bind, port, writeToken, maxBodyBytes, analyzePerMinute, analyzeTimeout, size);
  }
}
