package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.server.Browser;
import org.newsgraph.server.Http;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerOptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The article page in a real Chromium: highlights on the right words, a panel that finds them, nothing hostile runs. */
class ArticlePageBrowserTest {

  private static final String ARTICLE = String.join("\n",
      "Harbor board backs channel dredging",
      "",
      "The Eastport Harbor Board on Tuesday approved a $14 million plan to deepen the main shipping channel, "
          + "a project its chairman said would keep the largest container ships calling at the port.",
      "",
      "\"Without this work, the biggest ships simply sail on to Halifax,\" said board chairman Robert Ellis. "
          + "\"We cannot afford to lose them.\"",
      "",
      "Residents allegedly plan to sue. Maria Lopez, who leads the Bay Shore Alliance, complained that the board "
          + "had ignored 3,000 public comments.",
      "",
      "Dredging is expected to start in March and to take 18 months.");

  private static NewsgraphServer server;
  private static Browser browser;
  private static Http http;

  @BeforeAll
  static void start() {
    Pipeline pipeline = StandardPipeline.build(new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    server = NewsgraphServer.start(ServerOptions.loopback(0), () -> pipeline, analysis -> {
      throw new AssertionError("nothing is stored");
    });
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
  void eachQuoteAndMentionIsHighlightedOnExactlyItsWords() {
    JsonNode analysis = Http.json(http.post("/api/analyze?published=2024-05-14", "text/plain", ARTICLE));
    String text = analysis.at("/article/text").asText();
    submit(ARTICLE, "2024-05-14");
    browser.screenshot("article");

    JsonNode quotes = analysis.get("quotes");
    assertThat(quotes.size()).isGreaterThanOrEqualTo(2);
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
      assertThat(highlighted("entity", "e-" + i)).as("entity %s", entities.get(i).get("name")).isEqualTo(
          expected.toString());
    }
    assertThat(browser.find("#article-text").getText().replace("\n", ""))
        .isEqualTo(text.replace("\n", ""));
  }

  @Test
  void clickingAFactInThePanelLightsUpItsWords() {
    submit(ARTICLE, "2024-05-14");
    WebElement fact = browser.all("#panel-quotes a.jump").get(1);
    fact.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(driver -> !browser.all(".text .lit").isEmpty());
    List<WebElement> lit = browser.all(".text .lit");
    assertThat(lit).allSatisfy(run -> assertThat(run.getAttribute("data-f")).contains("q-1"));
    Boolean visible = (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight;", lit.get(0));
    assertThat(visible).isTrue();
  }

  @Test
  void hostileTitleTextAndUrlAreShownAsTextAndNothingRuns() {
    String record = "{\"title\": \"<script>window.__pwned='title'</script><img src=x onerror=\\\"window.__pwned="
        + "'img'\\\">Council vote\", \"url\": \"javascript:window.__pwned='url'\", \"outlet\": \"<b onmouseover="
        + "window.__pwned='outlet'>Wire</b>\", \"published\": \"2024-05-14\", \"text\": \"The council voted on "
        + "Monday. \\\"<script>window.__pwned='text'</script> The <img src=x onerror=window.__pwned='text-img'> "
        + "budget is fine,\\\" said Mayor Ann Lee. Visit <a href=\\\"javascript:window.__pwned='link'\\\">here</a>."
        + "\"}";
    submit(record, "");
    browser.screenshot("article-hostile");

    assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(browser.find("h1#title").getText()).contains("<script>window.__pwned='title'</script>");
    assertThat(browser.find("#article-text").getText()).contains("<script>").contains("onerror");
    assertThat(browser.all("#source-link")).isEmpty();
    assertThat(browser.find("#source-text").getText()).startsWith("javascript:");
    assertThat(browser.all("a[href^='javascript']")).isEmpty();
    assertThat(browser.all("main script, main img, main b")).isEmpty();
    assertThat(browser.all("script")).allSatisfy(script -> assertThat(script.getAttribute("src"))
        .matches("http://127\\.0\\.0\\.1:\\d+/(static|webjars)/.*"));
    Object handlers = browser.script("return Array.from(document.querySelectorAll('*')).flatMap(e => "
        + "Array.from(e.attributes)).filter(a => a.name.startsWith('on')).length");
    assertThat(handlers).isEqualTo(0L);
  }

  /** Posts an article through the analyze form and waits for its page. */
  private static void submit(String article, String published) {
    browser.go("/analyze");
    browser.script("arguments[0].value = arguments[1]", browser.find("textarea[name=text]"), article);
    browser.find("input[name=published]").sendKeys(published);
    browser.find("form.analyze-form button").click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
  }

  /** The text of every run of {@code kind} belonging to {@code fact}, in page order. */
  private static String highlighted(String kind, String fact) {
    StringBuilder text = new StringBuilder();
    for (WebElement run : browser.all("#article-text ." + kind)) {
      if (List.of(run.getAttribute("data-f").split(" ")).contains(fact)) {
        text.append(run.getAttribute("textContent"));
      }
    }
    return text.toString();
  }

}
