package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.Browser;
import org.newsgraph.server.Http;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerOptions;
import org.newsgraph.server.TestCorpus;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in a real Chromium over the examples' store: each URL renders its content, a user goes from search to
 * an article to an entity, highlights sit on their words, and hostile input is shown as text and never runs.
 */
class PagesBrowserTest {

  private static final String TOKEN = "browser-test-token";
  private static final String HOSTILE = "{\"title\": \"<script>window.__pwned='title'</script><img src=x "
      + "onerror=\\\"window.__pwned='img'\\\">Council vote\", \"url\": \"javascript:window.__pwned='url'\", "
      + "\"outlet\": \"<b onmouseover=window.__pwned='outlet'>Wire</b>\", \"published\": \"2024-05-14\", "
      + "\"text\": \"The Dunmore council voted on Monday to close the pier. \\\"<script>window.__pwned='text'"
      + "</script> The <img src=x onerror=window.__pwned='text-img'> budget is fine,\\\" said Mayor Ann Lee. "
      + "Visit <a href=\\\"javascript:window.__pwned='link'\\\">here</a> for more.\"}";

  private static NewsgraphServer server;
  private static Browser browser;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = NewsgraphServer.start(ServerOptions.loopback(0).withWriteToken(TOKEN), TestCorpus::pipeline,
        TestCorpus.store());
    http = new Http(server.port());
    browser = Browser.open(server.port());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    server.close();
  }

  @Test
  void everyPageRendersItsContentFromItsUrlAlone() {
    String article = firstArticle().get("id").asText();
    browser.go("/search?q=" + encode("harbor OR library OR water"));
    assertThat(browser.all("#hits .hit")).isNotEmpty();
    assertThat(browser.all("#hits mark")).isNotEmpty();
    assertThat(browser.all("#timeline rect.bar")).isNotEmpty();
    browser.screenshot("search");
    browser.go("/articles/" + article);
    assertThat(browser.all("#article-text .quote")).isNotEmpty();
    browser.screenshot("article");
    browser.go("/quotes");
    assertThat(browser.all("#quotes tbody tr")).isNotEmpty();
    browser.screenshot("quotes");
    browser.go("/events");
    assertThat(browser.all("#map path.land")).hasSizeGreaterThan(100);
    assertThat(browser.all("#map circle.place")).extracting(dot -> dot.getAttribute("textContent"))
        .contains("Kharkiv");
    browser.screenshot("events");
    browser.go("/entities");
    List<WebElement> entities = browser.all("#entity-list a");
    assertThat(entities).isNotEmpty();
    browser.screenshot("entities");
    browser.go("/analyze");
    assertThat(browser.all("textarea[name=text]")).hasSize(1);
    browser.screenshot("analyze");
    browser.go("/api/docs");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .opblock")));
    assertThat(browser.all("#swagger-ui .opblock").size()).isGreaterThanOrEqualTo(9);
    browser.screenshot("api-docs");
  }

  @Test
  void aUserGoesFromSearchToAnArticleToAnEntity() {
    browser.go("/search?q=" + encode("harbor OR dredging"));
    browser.find("#hits .hit a.title").click();
    wait("#article-text");
    WebElement speaker = browser.find("#panel-quotes .fact a.more");
    String entityName = speaker.findElement(By.xpath("..")).findElement(By.cssSelector(".label")).getText();
    speaker.click();
    wait("#entity-name");
    assertThat(browser.driver().getCurrentUrl()).contains("/entities/");
    assertThat(browser.find("#entity-name").getText()).isNotBlank();
    assertThat(browser.all("#network circle.node")).isNotEmpty();
    assertThat(browser.all("#timeline rect.bar")).isNotEmpty();
    browser.screenshot("entity");
    assertThat(entityName).isNotBlank();
  }

  @Test
  void eachQuoteAndMentionIsHighlightedOnExactlyItsWords() {
    JsonNode analysis = Http.json(http.get("/api/articles/" + firstArticle().get("id").asText()));
    String text = analysis.at("/article/text").asText();
    browser.go("/articles/" + analysis.at("/article/id").asText());
    JsonNode quotes = analysis.get("quotes");
    assertThat(quotes.size()).isGreaterThanOrEqualTo(1);
    for (int i = 0; i < quotes.size(); i++) {
      StringBuilder expected = new StringBuilder();
      for (JsonNode part : quotes.get(i).get("parts")) {
        expected.append(text, part.get("start").asInt(), part.get("end").asInt());
      }
      assertThat(highlighted("quote", "q-" + i)).as("quote %d", i).isEqualTo(expected.toString());
    }
    JsonNode entities = analysis.get("entities");
    for (int i = 0; i < entities.size(); i++) {
      StringBuilder expected = new StringBuilder();
      for (JsonNode mention : entities.get(i).get("mentions")) {
        expected.append(mention.get("text").asText());
      }
      assertThat(highlighted("entity", "e-" + i)).as("entity %s", entities.get(i).get("name"))
          .isEqualTo(expected.toString());
    }
    JsonNode times = analysis.get("times");
    for (int i = 0; i < times.size(); i++) {
      assertThat(highlighted("time", "t-" + i)).isEqualTo(times.get(i).get("text").asText());
    }
    assertThat(browser.find("#article-text").getAttribute("textContent")).isEqualTo(text);
  }

  @Test
  void clickingAFactInThePanelLightsUpItsWords() {
    browser.go("/articles/" + firstArticle().get("id").asText());
    List<WebElement> facts = browser.all("#panel-quotes a.jump");
    WebElement last = facts.get(facts.size() - 1);
    String fact = last.getAttribute("data-fact");
    last.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> !browser.all(".text .lit").isEmpty());
    List<WebElement> lit = browser.all(".text .lit");
    assertThat(lit).allSatisfy(run -> assertThat(run.getAttribute("data-f").split(" ")).contains(fact));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> (Boolean) browser.script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
        lit.get(0)));
  }

  @Test
  void theRemovedClutterIsShownOnRequest() {
    String reposted = firstArticleWithRemovals();
    browser.go("/articles/" + reposted);
    assertThat(browser.all("#article-text .removed")).isEmpty();
    browser.find("#removed-toggle").click();
    wait("#article-text .removed");
    assertThat(browser.driver().getCurrentUrl()).endsWith("?removed=show");
    browser.screenshot("article-removed");
  }

  @Test
  void hostileTitleTextAndUrlAreShownAsTextAndNothingRunsOnAnyPage() {
    var stored = http.post("/api/analyze?store=true", "application/json", HOSTILE, "Authorization",
        "Bearer " + TOKEN);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    String id = Http.json(stored).at("/article/id").asText();

    browser.go("/articles/" + id);
    assertNothingRan();
    assertThat(browser.find("h1#title").getText()).contains("<script>window.__pwned='title'</script>");
    assertThat(browser.find("#article-text").getText()).contains("<script>").contains("onerror");
    assertThat(browser.all("#source-link")).isEmpty();
    assertThat(browser.find("#source-text").getText()).startsWith("javascript:");
    browser.screenshot("article-hostile");

    for (String page : List.of("/search?q=council", "/quotes?q=budget", "/events", "/entities",
        "/search?q=" + encode("<script>"), "/nothing/<script>alert(1)</script>")) {
      browser.go(page);
      assertNothingRan();
    }
    browser.go("/analyze");
    browser.script("arguments[0].value = arguments[1]", browser.find("textarea[name=text]"), HOSTILE);
    browser.find("form.analyze-form button").click();
    wait("#article-text");
    assertNothingRan();
  }

  private static void assertNothingRan() {
    assertThat(browser.script("return window.__pwned === undefined")).as(browser.driver().getCurrentUrl())
        .isEqualTo(true);
    assertThat(browser.all("a[href^='javascript']")).isEmpty();
    assertThat(browser.all("main script, main img, main b, main iframe")).isEmpty();
    assertThat(browser.all("script")).allSatisfy(script -> assertThat(script.getAttribute("src"))
        .matches("http://127\\.0\\.0\\.1:\\d+/(static|webjars)/.*"));
    Object handlers = browser.script("return Array.from(document.querySelectorAll('*')).flatMap(e => "
        + "Array.from(e.attributes)).filter(a => a.name.startsWith('on')).length");
    assertThat(handlers).isEqualTo(0L);
  }

  private static JsonNode firstArticle() {
    return Http.json(http.get("/api/articles?q=" + encode("harbor OR dredging") + "&limit=1")).at("/hits/0");
  }

  private static String firstArticleWithRemovals() {
    for (JsonNode hit : Http.json(http.get("/api/articles?limit=50")).get("hits")) {
      JsonNode analysis = Http.json(http.get("/api/articles/" + hit.get("id").asText()));
      if (analysis.at("/article/removed").size() > 0) {
        return hit.get("id").asText();
      }
    }
    throw new AssertionError("the examples hold a reposted article with clutter removed");
  }

  private static void wait(String css) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** The text of every run of {@code kind} belonging to {@code fact}, in page order. */
  private static String highlighted(String kind, String fact) {
    StringBuilder text = new StringBuilder();
    for (WebElement run : browser.all("#article-text ." + kind)) {
      if (List.of(run.getAttribute("data-k").split(" ")).contains(kind + ":" + fact)) {
        text.append(run.getAttribute("textContent"));
      }
    }
    return text.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
