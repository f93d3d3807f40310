package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules every route keeps, on a real server over the examples' store (no request here needs the pipeline). */
class ServerRulesTest {

  private static NewsgraphServer server;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    ServerOptions options = ServerOptions.loopback(0).withWriteToken("s3cret-token").withMaxBodyBytes(64 * 1024)
        .withAnalyzePerMinute(3);
    server = NewsgraphServer.start(options, () -> {
      throw new AssertionError("no request of this test needs the pipeline");
    }, TestCorpus.store());
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyApiRouteTheServerAnswersIsInTheOpenApiDocument() {
    JsonNode paths = Http.json(http.get("/openapi.json")).get("paths");
    List<String> documented = new ArrayList<>();
    paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    List<String> api = server.registeredRoutes().stream().filter(route -> route.contains(" /api/"))
        .filter(route -> !route.equals("GET /api/docs")).toList();
    assertThat(api).isNotEmpty();
    assertThat(documented).containsAll(api);
  }

  @Test
  void theOpenApiDocumentIsVersion31() {
    JsonNode document = Http.json(http.get("/openapi.json"));
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.at("/components/schemas/Analysis").isObject()).isTrue();
  }

  @Test
  void everyDocumentedRouteAnswers() {
    JsonNode paths = Http.json(http.get("/openapi.json")).get("paths");
    Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      for (Iterator<String> methods = entry.getValue().fieldNames(); methods.hasNext();) {
        String method = methods.next();
        JsonNode operation = entry.getValue().get(method);
        String path = withExamples(entry.getKey(), operation);
        HttpResponse<String> response = method.equals("get") ? http.get(path)
            : http.post(path, "text/plain", "");
        assertThat(response.statusCode()).as(method + " " + path).isNotIn(404, 405).isLessThan(500);
        assertThat(response.headers().firstValue("Content-Type")).as(method + " " + path).hasValueSatisfying(
            type -> assertThat(type).containsAnyOf("json", "csv", "text"));
      }
    }
  }

  @Test
  void anUnknownApiPathIsAJsonErrorWithCodeAndMessage() {
    HttpResponse<String> response = http.get("/api/no-such-thing");
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = Http.json(response).get("error");
    assertThat(error.get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(error.get("message").asText()).isNotBlank();
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutAStackTrace() {
    HttpResponse<String> response = http.post("/api/analyze", "text/plain", "word ".repeat(20_000));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(Http.json(response).at("/error/code").asText()).isEqualTo("BODY_TOO_LARGE");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void storingWithoutTheTokenIsRefused() {
    HttpResponse<String> none = http.post("/api/analyze?store=true", "text/plain", "The council met on Monday.");
    HttpResponse<String> wrong = http.post("/api/analyze?store=true", "text/plain", "The council met on Monday.",
        "Authorization", "Bearer guess");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Http.json(wrong).at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void anEmptyArticleIsAnErrorRecordNotAFailure() {
    HttpResponse<String> response = http.post("/api/analyze", "text/plain", "   ");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Http.json(response).at("/error/code").asText()).isEqualTo("EMPTY_INPUT");
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() {
    for (String path : List.of("/search", "/quotes", "/events", "/entities", "/analyze", "/openapi.json",
        "/static/app.css", "/api/articles", "/api/nothing", "/nothing")) {
      String policy = http.get(path).headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(policy).as(path).contains("script-src 'self'").contains("default-src 'none'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
  }

  @Test
  void anEncodedSlashLetsIdsHoldSlashesButLeadsNoFileOutOfItsFolder() {
    // Ids with slashes need "%2F" to reach the routes; it must not become a way up out of a static folder.
    for (String path : List.of("/static/..%2Forg%2Fnewsgraph%2Fserver%2Fmap%2FNOTICE",
        "/static/a%2F..%2F..%2Forg%2Fnewsgraph%2Fserver%2Fmap%2FNOTICE",
        "/webjars/..%2F..%2FMETA-INF%2FMANIFEST.MF", "/static/%2e%2e/org/newsgraph/server/map/NOTICE")) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(response.body()).as(path).doesNotContain("Natural Earth").doesNotContain("Manifest-Version");
    }
    assertThat(http.get("/static/app.css").statusCode()).isEqualTo(200);
  }

  @Test
  void swaggerUiIsServedFromTheJar() {
    HttpResponse<String> page = http.get("/api/docs");
    assertThat(page.body()).contains(NewsgraphServer.SWAGGER_UI + "/swagger-ui-bundle.js").doesNotContain("//cdn");
    assertThat(http.get(NewsgraphServer.SWAGGER_UI + "/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String withExamples(String template, JsonNode operation) {
    String path = template;
    List<String> query = new ArrayList<>();
    for (JsonNode param : operation.path("parameters")) {
      String example = param.path("example").asText(null);
      if (param.get("in").asText().equals("path")) {
        path = path.replace("{" + param.get("name").asText() + "}", encode(example).replace("+", "%20"));
      } else if (example != null) {
        query.add(param.get("name").asText() + "=" + encode(example));
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }
}
