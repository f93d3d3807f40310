package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final String STORY = """
      The city council of Riverton voted on Monday to spend $4 million on new bridges, Mayor Ellen Park said.
      """;

  @TempDir
  Path dir;

  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void severalInputsGiveJsonLinesInInputOrderWithAnErrorRecordForTheBadOne() throws Exception {
    Path good = Files.writeString(dir.resolve("bridges.txt"), STORY);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");

    int exit = run("analyze", "--published", "2024-04-08", good.toString(), empty.toString());

    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(0));
    JsonNode second = mapper.readTree(lines.get(1));
    assertThat(first.at("/article/published").asText()).isEqualTo("2024-04-08");
    assertThat(second.at("/error/code").asText()).isEqualTo("EMPTY_INPUT");
    assertThat(second.at("/input").asText()).endsWith("empty.txt");
    assertThat(exit).isEqualTo(1);
  }

  @Test
  void outputDirGetsOneJsonFilePerInput() throws Exception {
    Path good = Files.writeString(dir.resolve("bridges.txt"), STORY);
    Path target = dir.resolve("out");

    int exit = run("analyze", "-o", target.toString(), good.toString());

    assertThat(exit).isZero();
    assertThat(cli.out()).isEmpty();
    JsonNode written = new ObjectMapper().readTree(target.resolve("bridges.json").toFile());
    assertThat(written.at("/schema").asText()).isEqualTo("newsgraph/1");
  }

  @Test
  void aWebArchiveGivesOneAnalysisPerPageAndAnArticleInGermanIsFlaggedNotAnalyzed() throws Exception {
    int exit = run("analyze", Path.of("..", "examples", "newsroom.warc.gz").toString());

    List<JsonNode> analyses = jsonLines(cli.out());
    assertThat(exit).isZero();
    assertThat(analyses).extracting(a -> a.at("/article/url").asText()).containsExactly(
        "https://coastal-ledger.example.com/2024/03/04/ferry-fares",
        "https://valley-times.example.com/2024/03/05/cafe-permits",
        "https://nordkurier.example.de/2024/03/05/bruecke");
    assertThat(analyses.get(0).at("/article/fetched").asText()).isEqualTo("2024-03-05T10:15:30Z");
    assertThat(analyses.get(0).at("/quotes").size()).isPositive();
    JsonNode german = analyses.get(2);
    assertThat(german.at("/article/language").asText()).isEqualTo("de");
    assertThat(german.at("/article/flags/0").asText()).isEqualTo("language_not_analyzed");
    assertThat(german.at("/entities").size()).isZero();
    assertThat(cli.err()).contains("skipped 8 archive record(s)");
  }

  @Test
  void aFeedGivesOneAnalysisPerItemWithTheItemsMetadata() throws Exception {
    Path feed = Files.writeString(dir.resolve("ledger.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>The Coastal Ledger</title><link>https://ledger.example.com/</link>
        <description>News</description>
        <item><title>Ferry fares to rise</title><link>https://ledger.example.com/fares</link>
        <pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate><author>news@ledger.example.com (Marta Quist)</author>
        <description>Ferry fares will rise by 8% on April 1, the director of the ferry authority said on Monday.</description>
        </item>
        <item><title>Bridge vote</title><link>https://ledger.example.com/bridge</link>
        <description>The council voted 7-2 on Tuesday to close the old bridge.</description></item>
        </channel></rss>
        """);

    int exit = run("analyze", "--feed", feed.toString());

    List<JsonNode> analyses = jsonLines(cli.out());
    assertThat(exit).isZero();
    assertThat(analyses).hasSize(2);
    assertThat(analyses.get(0).at("/article/url").asText()).isEqualTo("https://ledger.example.com/fares");
    assertThat(analyses.get(0).at("/article/outlet").asText()).isEqualTo("The Coastal Ledger");
    assertThat(analyses.get(0).at("/article/published").asText()).startsWith("2024-03-04");
    assertThat(analyses.get(0).at("/article/flags/0").asText()).isEqualTo("summary_only");
    assertThat(analyses.get(1).at("/article/text").asText()).doesNotContain("Ferry");
  }

  private static List<JsonNode> jsonLines(String out) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : out.lines().toList()) {
      nodes.add(mapper.readTree(line));
    }
    return nodes;
  }

  @Test
  void helpExplainsEveryOption() {
    int exit = run("analyze", "--help");

    assertThat(exit).isZero();
    assertThat(cli.out()).contains("--format", "--published", "--outlet", "--pretty", "--output-dir",
        "--summary", "--threads", "--timeout", "--max-bytes", "--max-tokens", "--max-sentence-tokens",
        "--max-html-elements", "--truncate", "--fail-fast", "--charset", "--feed", "--user-agent",
        "--host-delay");
  }

  @Test
  void optionValuesAreReadInAnyCaseAndFailFastStopsAtTheFirstErrorRecord() throws Exception {
    Path records = Files.writeString(dir.resolve("feed.txt"), "{\"text\": \"Markets rose on Monday.\"}\n"
        + "{\"text\": 42}\n{\"text\": \"Markets fell on Tuesday.\"}\n");

    int exit = run("analyze", "--format", "jsonl", "--fail-fast", records.toString());

    List<String> lines = cli.out().lines().toList();
    ObjectMapper mapper = new ObjectMapper();
    assertThat(lines).hasSize(2);
    assertThat(mapper.readTree(lines.get(0)).at("/input").asText()).endsWith("feed.txt#1");
    assertThat(mapper.readTree(lines.get(1)).at("/error/code").asText()).isEqualTo("BAD_JSON");
    assertThat(cli.err()).contains("stopped at the first error", "1 not analyzed");
    assertThat(exit).isEqualTo(1);
  }

  @Test
  void aLimitOutOfRangeIsBadUsageNamingItsOption() throws Exception {
    Path good = Files.writeString(dir.resolve("bridges.txt"), STORY);

    int exit = run("analyze", "--max-tokens", "0", good.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("--max-tokens must be positive");
  }

  @Test
  void outputFileNamesFollowTheInputName() {
    assertThat(OutputNames.jsonFileName("examples/story.html")).isEqualTo("story.json");
    assertThat(OutputNames.jsonFileName("feed.jsonl#3")).isEqualTo("feed-3.json");
    assertThat(OutputNames.jsonFileName("stdin")).isEqualTo("stdin.json");
  }
}
