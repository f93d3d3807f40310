package org.newsgraph.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.Dispatch;
import org.newsgraph.server.Http;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerOptions;
import org.newsgraph.server.TestCorpus;

/** The JSON API on a real server over a store built from the bundled examples. */
class ApiTest {

  private static final String TOKEN = "api-test-token";
  private static NewsgraphServer server;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = NewsgraphServer.start(ServerOptions.loopback(0).withWriteToken(TOKEN), TestCorpus::pipeline,
        TestCorpus.store());
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void articleHitsCarryTheirIdAndMetadataAndFacetsCountOverAllHits() {
    JsonNode page = Http.json(http.get("/api/articles?q=harbor&facets=outlet,month"));
    assertThat(page.get("total").asLong()).isPositive();
    // A few hits are counted exactly; past a thousand the total would say "gte".
    assertThat(page.get("total_relation").asText()).isEqualTo("eq");
    JsonNode hit = page.at("/hits/0");
    assertThat(hit.get("id").asText()).hasSize(16);
    assertThat(hit.has("url") && hit.has("title") && hit.has("outlet") && hit.has("published")).isTrue();
    assertThat(page.at("/facets/month").isArray()).isTrue();
  }

  @Test
  void pagesFollowEachOtherByCursorWithoutOverlapInAStableOrder() {
    long total = Http.json(http.get("/api/quotes?limit=0")).get("total").asLong();
    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      JsonNode page = Http.json(http.get("/api/quotes?sort=date&limit=3" + (after == null ? "" : "&after="
          + encode(after))));
      page.get("hits").forEach(hit -> seen.add(hit.get("article").asText() + "/" + hit.get("id").asText()));
      after = page.get("next").isNull() ? null : page.get("next").asText();
    } while (after != null);
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
    List<String> again = new ArrayList<>();
    Http.json(http.get("/api/quotes?sort=date&limit=500")).get("hits")
        .forEach(hit -> again.add(hit.get("article").asText() + "/" + hit.get("id").asText()));
    assertThat(again).isEqualTo(seen);
  }

  @Test
  void aQuoteHitPointsAtItsWordsInTheStoredArticle() {
    JsonNode quote = Http.json(http.get("/api/quotes?limit=1")).at("/hits/0");
    JsonNode analysis = Http.json(http.get("/api/articles/" + quote.get("article").asText()));
    String text = analysis.at("/article/text").asText();
    assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
        .isEqualTo(quote.get("text").asText());
  }

  @Test
  void everyListDownloadsAsCsvAndJsonLines() {
    for (String list : List.of("articles", "quotes", "events", "entities")) {
      long total = Http.json(http.get("/api/" + list + "?limit=0")).get("total").asLong();
      HttpResponse<String> csv = http.get("/api/" + list + "?format=csv");
      assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("text/csv"));
      assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
          .contains(list + ".csv"));
      HttpResponse<String> jsonl = http.get("/api/" + list + "?format=jsonl&limit=1");
      long lines = jsonl.body().lines().filter(line -> !line.isBlank()).count();
      assertThat(lines).as(list).isEqualTo(total);
      jsonl.body().lines().forEach(line -> assertThat(Http.json(line).isObject()).isTrue());
      if (total > 0) {
        assertThat(csv.body().split("\r\n")).as(list).hasSize((int) total + 1);
      }
    }
  }

  @Test
  void anArticleIsTheWholeStoredAnalysis() {
    String id = Http.json(http.get("/api/articles?limit=1")).at("/hits/0/id").asText();
    JsonNode analysis = Http.json(http.get("/api/articles/" + id));
    assertThat(analysis.get("schema").asText()).isEqualTo("newsgraph/1");
    assertThat(analysis.at("/article/id").asText()).isEqualTo(id);
    assertThat(http.get("/api/articles/ffffffffffffffff").statusCode()).isEqualTo(404);
  }

  @Test
  void anArticleWhoseIdHoldsSlashesIsFoundByItsPathRawOrEncoded() {
    String raw = TestCorpus.PATH_LIKE_ID;
    String encoded = raw.replace("/", "%2F");
    for (String path : List.of("/api/articles/" + raw, "/api/articles/" + encoded)) {
      HttpResponse<String> answer = http.get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(Http.json(answer).at("/article/id").asText()).as(path).isEqualTo(raw);
    }
    for (String path : List.of("/articles/" + raw, "/articles/" + encoded)) {
      HttpResponse<String> page = http.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains("Stay Open Until Midnight").contains("/api/articles/" + encoded);
    }
  }

  @Test
  void anEventHitCarriesTheCoordinatesOfItsGeocodedPlace() {
    JsonNode hit = Http.json(http.get("/api/events?type=ASSAULT")).at("/hits/0");
    assertThat(hit.get("place").asText()).isEqualTo("Kharkiv");
    assertThat(hit.get("lat").asDouble()).isEqualTo(Dispatch.LAT);
    assertThat(hit.get("lon").asDouble()).isEqualTo(Dispatch.LON);
    String csv = http.get("/api/events?type=ASSAULT&format=csv").body();
    assertThat(csv.lines().findFirst().orElseThrow()).contains("place,lat,lon");
    assertThat(csv).contains("Kharkiv," + Dispatch.LAT + "," + Dispatch.LON);
  }

  @Test
  void eventsAreFilteredByTheirTypeAndACountryTakingPart() {
    assertThat(total("/api/events?type=assault&country=UKR")).isEqualTo(1);
    assertThat(total("/api/events?type=ASSAULT&country=RUS")).isEqualTo(1);
    assertThat(total("/api/events?type=ASSAULT&country=FRA")).isZero();
    assertThat(total("/api/events?type=PROTEST&country=UKR")).isZero();
    assertThat(http.get("/events?type=ASSAULT&country=UKR").body()).contains("<strong id=\"total\">1</strong>")
        .contains("Kharkiv");
    assertThat(http.get("/events?type=ASSAULT&country=FRA").body()).contains("<strong id=\"total\">0</strong>");
  }

  @Test
  void aQuoteHitCarriesTheReportersFramingOfItAlone() {
    JsonNode hit = Http.json(http.get("/api/quotes?q=classroom")).at("/hits/0");
    assertThat(hit.get("speaker").asText()).isEqualTo("Ihor Terekhov");
    List<String> framing = new ArrayList<>();
    hit.get("framing").forEach(flag -> framing.add(flag.asText()));
    // "bogus" judges the official account, not the mayor's words.
    assertThat(framing).containsExactly("loaded_cue:whined");
  }

  @Test
  void anEntityProfileHasItsTimelineQuotesAndCooccurringEntities() {
    JsonNode speaker = Http.json(http.get("/api/quotes?facets=speaker&limit=0")).at("/facets/speaker/0");
    JsonNode profile = Http.json(http.get("/api/entities/" + encode(speaker.get("value").asText())
        .replace("+", "%20")));
    assertThat(profile.get("articles").asLong()).isPositive();
    assertThat(profile.at("/quotes_by/total").asLong()).isEqualTo(speaker.get("count").asLong());
    assertThat(profile.get("timeline").size()).isPositive();
    assertThat(profile.get("cooccurring").isArray()).isTrue();
    assertThat(http.get("/api/entities/nobody%20at%20all").statusCode()).isEqualTo(404);
  }

  @Test
  void theTimelineCountsEveryDatedHitOnce() {
    long dated = 0;
    for (JsonNode hit : Http.json(http.get("/api/articles?limit=500")).get("hits")) {
      dated += hit.get("published").isNull() ? 0 : 1;
    }
    JsonNode timeline = Http.json(http.get("/api/timeline?kind=article&interval=day"));
    long counted = 0;
    for (JsonNode bucket : timeline.get("counts")) {
      counted += bucket.get("count").asLong();
    }
    assertThat(counted).isEqualTo(dated);
  }

  @Test
  void theTimelineOfQuotesCountsWhatTheQuoteListFinds() {
    for (String filter : List.of("", "&kind=direct")) {
      long dated = 0;
      for (JsonNode hit : Http.json(http.get("/api/quotes?limit=500" + filter)).get("hits")) {
        dated += hit.get("published").isNull() ? 0 : 1;
      }
      String timeline = "/api/timeline?kind=quote&interval=week" + filter.replace("kind=", "quote_kind=");
      long counted = 0;
      for (JsonNode bucket : Http.json(http.get(timeline)).get("counts")) {
        counted += bucket.get("count").asLong();
      }
      assertThat(counted).as(timeline).isPositive().isEqualTo(dated);
    }
  }

  @Test
  void statsCountWhatTheStoreHolds() {
    JsonNode stats = Http.json(http.get("/api/stats"));
    assertThat(stats.get("articles").asLong()).isEqualTo(Http.json(http.get("/api/articles?limit=0"))
        .get("total").asLong());
  }

  @Test
  void anArticlePostedWithTheTokenIsAnalyzedStoredAndFoundThoughTheSameSearchWasAnsweredBefore() {
    String text = "Ferry crews in Wrenport walked off the job on Friday. \"We are not paid for the extra runs,\" "
        + "said union steward Olga Brandt.";
    assertThat(Http.json(http.get("/api/quotes?q=" + encode("extra runs"))).findValuesAsText("article")).isEmpty();
    HttpResponse<String> posted = http.post("/api/analyze?store=true&published=2024-06-07&outlet="
        + encode("Harbor Notes"), "text/plain", text, "Authorization", "Bearer " + TOKEN);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    String id = Http.json(posted).at("/article/id").asText();
    assertThat(http.get("/api/articles/" + id).statusCode()).isEqualTo(200);
    JsonNode found = Http.json(http.get("/api/quotes?q=" + encode("extra runs")));
    assertThat(found.findValuesAsText("article")).contains(id);
  }

  @Test
  void aBadQueryIsABadRequestWithAMessage() {
    for (String path : List.of("/api/articles?limit=-1", "/api/articles?sort=sideways",
        "/api/articles?facets=colour", "/api/articles?from=yesterday", "/api/articles?format=pdf",
        "/api/timeline?interval=hourly")) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(Http.json(response).at("/error/message").asText()).as(path).isNotBlank();
    }
  }

  private static long total(String path) {
    return Http.json(http.get(path)).get("total").asLong();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
