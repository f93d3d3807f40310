package org.newsgraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {

  private static final String PAGE = "<html><body><p>The council approved the budget on Tuesday.</p></body></html>";

  private final TestSite site = new TestSite();
  private final FetchOptions fast = FetchOptions.defaults().withHostDelay(Duration.ZERO)
      .withRequestTimeout(Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aPageIsFetchedWithTheUserAgentAfterRobotsTxt() {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .page("/news/budget", "text/html; charset=UTF-8", PAGE);

    Fetched fetched = new PoliteFetcher(fast).fetch(site.uri("/news/budget"));

    Fetched.Page page = (Fetched.Page) fetched;
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
    assertThat(site.requests("/robots.txt")).hasSize(1);
    assertThat(site.requests("/news/budget").get(0).header("User-Agent")).startsWith("newsgraph/");
  }

  @Test
  void aPathRobotsTxtDisallowsIsNeverRequested() {
    site.page("/robots.txt", "text/plain", "User-agent: newsgraph\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n")
        .page("/private/memo", "text/html", PAGE);

    Fetched fetched = new PoliteFetcher(fast).fetch(site.uri("/private/memo"));

    assertThat(fetched).isInstanceOf(Fetched.Refused.class);
    assertThat(((Fetched.Refused) fetched).reason()).isEqualTo(Fetched.Reason.ROBOTS_DISALLOWED);
    assertThat(site.requests("/private/memo")).isEmpty();
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    site.page("/news/budget", "text/html", PAGE);

    assertThat(new PoliteFetcher(fast).fetch(site.uri("/news/budget"))).isInstanceOf(Fetched.Page.class);
  }

  @Test
  void aFailingRobotsTxtAllowsNothing() {
    site.on("/robots.txt", exchange -> TestSite.send(exchange, 503, "text/plain", "busy"))
        .page("/news/budget", "text/html", PAGE);

    Fetched fetched = new PoliteFetcher(fast).fetch(site.uri("/news/budget"));

    assertThat(((Fetched.Refused) fetched).reason()).isEqualTo(Fetched.Reason.ROBOTS_DISALLOWED);
    assertThat(site.requests("/news/budget")).isEmpty();
  }

  @Test
  void anUnchangedPageIsAskedForWithItsEtagAndComesFromTheCache() {
    site.on("/news/budget", exchange -> {
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      TestSite.send(exchange, 200, "text/html", PAGE);
    });
    PoliteFetcher fetcher = new PoliteFetcher(fast);

    Fetched.Page first = (Fetched.Page) fetcher.fetch(site.uri("/news/budget"));
    Fetched.Page second = (Fetched.Page) fetcher.fetch(site.uri("/news/budget"));

    assertThat(first.notModified()).isFalse();
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(site.requests("/news/budget").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void anUnchangedPageIsAskedForWithItsLastModifiedDate() {
    String date = "Tue, 05 Mar 2024 09:00:00 GMT";
    site.on("/news/budget", exchange -> {
      if (date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Last-Modified", date);
      TestSite.send(exchange, 200, "text/html", PAGE);
    });
    PoliteFetcher fetcher = new PoliteFetcher(fast);

    fetcher.fetch(site.uri("/news/budget"));
    Fetched.Page second = (Fetched.Page) fetcher.fetch(site.uri("/news/budget"));

    assertThat(second.notModified()).isTrue();
  }

  @Test
  void aBodyOverTheSizeLimitIsRefused() {
    site.page("/big", "text/html", "<p>" + "word ".repeat(5000) + "</p>");

    Fetched fetched = new PoliteFetcher(fast.withMaxBytes(10_000)).fetch(site.uri("/big"));

    assertThat(((Fetched.Refused) fetched).reason()).isEqualTo(Fetched.Reason.TOO_LARGE);
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsATimeout() {
    site.on("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestSite.send(exchange, 200, "text/html", PAGE);
    });

    Fetched fetched = new PoliteFetcher(fast.withRequestTimeout(Duration.ofMillis(300))).fetch(site.uri("/slow"));

    assertThat(((Fetched.Refused) fetched).reason()).isEqualTo(Fetched.Reason.TIMEOUT);
  }

  @Test
  void requestsToOneHostAreSpacedByTheHostDelay() {
    site.page("/a", "text/html", PAGE).page("/b", "text/html", PAGE);
    PoliteFetcher fetcher = new PoliteFetcher(fast.withHostDelay(Duration.ofMillis(400)));

    fetcher.fetch(site.uri("/a"));
    fetcher.fetch(site.uri("/b"));

    long gap = site.requests("/b").get(0).nanos() - site.requests("/a").get(0).nanos();
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(390));
  }

  @Test
  void aRedirectIsFollowedAndItsTargetCheckedAgainstRobotsTxt() {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .on("/old", exchange -> {
          exchange.getResponseHeaders().set("Location", "/news/budget");
          exchange.sendResponseHeaders(301, -1);
        })
        .on("/sneaky", exchange -> {
          exchange.getResponseHeaders().set("Location", "/private/memo");
          exchange.sendResponseHeaders(302, -1);
        })
        .page("/news/budget", "text/html", PAGE);
    PoliteFetcher fetcher = new PoliteFetcher(fast);

    Fetched.Page moved = (Fetched.Page) fetcher.fetch(site.uri("/old"));
    Fetched sneaky = fetcher.fetch(site.uri("/sneaky"));

    assertThat(moved.finalUri().getPath()).isEqualTo("/news/budget");
    assertThat(((Fetched.Refused) sneaky).reason()).isEqualTo(Fetched.Reason.ROBOTS_DISALLOWED);
    assertThat(site.requests("/private/memo")).isEmpty();
  }

  @Test
  void anHttpErrorIsRefusedWithItsStatus() {
    Fetched fetched = new PoliteFetcher(fast).fetch(site.uri("/gone"));

    assertThat(((Fetched.Refused) fetched).message()).contains("HTTP 404");
  }
}
