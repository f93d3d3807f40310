package org.newsgraph.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.fetch.Fetched.Reason;

/**
 * Fetches pages the way a well-behaved crawler does: it reads each host's robots.txt first (RFC 9309, through
 * crawler-commons) and never asks for what it disallows, spaces its requests to one host, names itself, gives up
 * after a timeout or past a size limit, and asks again with the page's ETag and Last-Modified so that an unchanged
 * page costs a 304. Safe to share across threads.
 */
public final class PoliteFetcher {

  private final FetchOptions options;
  private final ValidatorCache cache;
  private final HttpClient client;
  private final HostPacer pacer = new HostPacer();
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();

  public PoliteFetcher(FetchOptions options, ValidatorCache cache) {
    this.options = options;
    this.cache = cache;
    this.client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public PoliteFetcher(FetchOptions options) {
    this(options, ValidatorCache.inMemory());
  }

  /** Fetches {@code uri}, following redirects (each checked against its host's robots.txt). */
  public Fetched fetch(URI uri) {
    URI current = uri;
    try {
      for (int hop = 0; hop <= options.maxRedirects(); hop++) {
        if (!isHttp(current)) {
          return new Fetched.Refused(uri, Reason.NOT_HTTP, "only http and https URLs are fetched: " + current);
        }
        BaseRobotRules rules = robotsFor(current);
        if (!rules.isAllowed(current.toString())) {
          return new Fetched.Refused(uri, Reason.ROBOTS_DISALLOWED, "robots.txt of " + current.getHost()
              + " disallows " + current.getRawPath() + " for " + options.robotName());
        }
        pacer.await(hostKey(current), delayFor(rules));
        Optional<ValidatorCache.Entry> cached = cache.get(current);
        HttpResponse<byte[]> response = send(conditionalGet(current, cached));
        int status = response.statusCode();
        Optional<String> location = response.headers().firstValue("Location");
        if (isRedirect(status) && location.isPresent()) {
          current = current.resolve(location.get().strip());
          continue;
        }
        if (status == 304 && cached.isPresent()) {
          ValidatorCache.Entry entry = cached.get();
          return new Fetched.Page(uri, current, 200, entry.contentType(), entry.body(), entry.fetchedAt(), true);
        }
        if (status < 200 || status > 299) {
          return new Fetched.Refused(uri, Reason.HTTP_ERROR, "HTTP " + status + " from " + current);
        }
        return page(uri, current, response);
      }
      return new Fetched.Refused(uri, Reason.TOO_MANY_REDIRECTS, "more than " + options.maxRedirects()
          + " redirects from " + uri);
    } catch (LimitedBody.TooLargeException e) {
      return new Fetched.Refused(uri, Reason.TOO_LARGE, e.getMessage() + " (" + current + ")");
    } catch (HttpTimeoutException | TimeoutException e) {
      return new Fetched.Refused(uri, Reason.TIMEOUT, "no complete response from " + current + " within "
          + options.requestTimeout().toSeconds() + " s");
    } catch (IOException | IllegalArgumentException e) {
      return new Fetched.Refused(uri, Reason.UNREACHABLE, "cannot fetch " + current + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Fetched.Refused(uri, Reason.UNREACHABLE, "interrupted while fetching " + current);
    }
  }

  private Fetched page(URI uri, URI current, HttpResponse<byte[]> response) {
    Instant now = Instant.now();
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    Optional<String> etag = response.headers().firstValue("ETag");
    Optional<String> lastModified = response.headers().firstValue("Last-Modified");
    if (etag.isPresent() || lastModified.isPresent()) {
      cache.put(current, new ValidatorCache.Entry(etag.orElse(null), lastModified.orElse(null), contentType,
          response.body(), now));
    }
    return new Fetched.Page(uri, current, response.statusCode(), contentType, response.body(), now, false);
  }

  private HttpRequest conditionalGet(URI uri, Optional<ValidatorCache.Entry> cached) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(options.requestTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
    cached.ifPresent(entry -> {
      if (entry.etag() != null) {
        request.header("If-None-Match", entry.etag());
      }
      if (entry.lastModified() != null) {
        request.header("If-Modified-Since", entry.lastModified());
      }
    });
    return request.build();
  }

  /** Sends and takes the body within the request timeout and the size limit, whatever the server's pace. */
  private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException, TimeoutException {
    long limit = options.maxBytes();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > limit) {
        return HttpResponse.BodySubscribers.replacing(null);
      }
      return new LimitedBody(limit);
    });
    try {
      HttpResponse<byte[]> response = future.get(options.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
      if (response.body() == null && response.headers().firstValueAsLong("Content-Length").orElse(-1) > limit) {
        throw new LimitedBody.TooLargeException(limit);
      }
      return response;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    }
  }

  /** A host's robots.txt rules, read once: missing (4xx) allows all; unreachable (5xx, no answer) allows nothing. */
  private BaseRobotRules robotsFor(URI uri) throws InterruptedException {
    String key = hostKey(uri);
    BaseRobotRules known = robots.get(key);
    if (known != null) {
      return known;
    }
    URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    BaseRobotRules rules;
    pacer.await(key, options.hostDelay());
    try {
      HttpResponse<byte[]> response = send(HttpRequest.newBuilder(robotsUri).GET().timeout(options.requestTimeout())
          .header("User-Agent", options.userAgent()).build());
      int status = response.statusCode();
      if (status >= 200 && status <= 299) {
        rules = robotsParser.parseContent(robotsUri.toString(), response.body(),
            response.headers().firstValue("Content-Type").orElse("text/plain"), List.of(options.robotName()));
      } else {
        rules = robotsParser.failedFetch(status);
      }
    } catch (IOException | TimeoutException e) {
      rules = robotsParser.failedFetch(503);
    }
    robots.put(key, rules);
    return rules;
  }

  private Duration delayFor(BaseRobotRules rules) {
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY || crawlDelay <= 0) {
      return options.hostDelay();
    }
    Duration asked = Duration.ofMillis(Math.min(crawlDelay, FetchOptions.MAX_CRAWL_DELAY.toMillis()));
    return asked.compareTo(options.hostDelay()) > 0 ? asked : options.hostDelay();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  private static String hostKey(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
  }
}
