package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReadingTest {

  private static final String LONG_TEXT = ("The port authority said on Tuesday that dredging of the north channel will "
      + "begin in May, after two years of delays caused by a dispute over where the silt would go. ").repeat(8);

  private static final String RSS2 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>The Coastal Ledger</title>
          <link>https://coastal-ledger.example.com/</link>
          <description>News from the coast</description>
          <item>
            <title>Harbor dredging to start in May</title>
            <link>https://coastal-ledger.example.com/2024/03/05/dredging</link>
            <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
            <dc:creator>Marta Quist</dc:creator>
            <description>Dredging starts in May.</description>
            <content:encoded><![CDATA[<p>%s</p><p>Officials expect the work to take eleven weeks.</p>]]></content:encoded>
          </item>
          <item>
            <title>School board delays budget vote</title>
            <link>https://coastal-ledger.example.com/2024/03/05/schools</link>
            <pubDate>Tue, 05 Mar 2024 11:00:00 GMT</pubDate>
            <description>The Riverton school board postponed its budget vote after parents filled the hall.</description>
          </item>
        </channel>
      </rss>
      """.formatted(LONG_TEXT);

  @TempDir
  Path dir;

  private final DocumentReader reader = new DocumentReader();

  private List<Ingested> read(String name, String content) throws Exception {
    return reader.read(Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8), ReadOptions.defaults());
  }

  @Test
  void eachRss2ItemBecomesOneDocumentWithItsLinkTitleDateAndAuthor() throws Exception {
    List<Ingested> items = read("ledger.xml", RSS2);

    assertThat(items).hasSize(2);
    RawDocument first = items.get(0).document().orElseThrow();
    assertThat(first.name()).endsWith("ledger.xml#1");
    assertThat(first.format()).isEqualTo(InputFormat.HTML);
    assertThat(first.content()).contains("dredging of the north channel", "eleven weeks");
    assertThat(first.metadata().url()).isEqualTo("https://coastal-ledger.example.com/2024/03/05/dredging");
    assertThat(first.metadata().title()).isEqualTo("Harbor dredging to start in May");
    assertThat(first.metadata().published()).isEqualTo("2024-03-05T08:30:00Z");
    assertThat(first.metadata().authors()).containsExactly("Marta Quist");
    assertThat(first.metadata().outlet()).isEqualTo("The Coastal Ledger");
    assertThat(first.metadata().flags()).isEmpty();
  }

  @Test
  void anItemWithOnlyAShortSummaryIsFlagged() throws Exception {
    RawDocument second = read("ledger.xml", RSS2).get(1).document().orElseThrow();

    assertThat(second.content()).startsWith("The Riverton school board postponed");
    assertThat(second.metadata().flags()).containsExactly("summary_only");
  }

  @Test
  void anRss1RdfFeedIsRead() throws Exception {
    String rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://valley-times.example.com/">
            <title>Valley Times</title><link>https://valley-times.example.com/</link><description>Local</description>
            <items><rdf:Seq><rdf:li rdf:resource="https://valley-times.example.com/cafe"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://valley-times.example.com/cafe">
            <title>Cafe owners win delay</title><link>https://valley-times.example.com/cafe</link>
            <description>Owners of six cafes won a 90-day delay of new sidewalk permit rules.</description>
            <dc:date>2024-03-05T10:00:00Z</dc:date><dc:creator>Renee Dubois</dc:creator>
          </item>
        </rdf:RDF>
        """;

    RawDocument item = read("valley.rdf", rdf).get(0).document().orElseThrow();

    assertThat(item.metadata().url()).isEqualTo("https://valley-times.example.com/cafe");
    assertThat(item.metadata().published()).isEqualTo("2024-03-05T10:00:00Z");
    assertThat(item.metadata().outlet()).isEqualTo("Valley Times");
  }

  @Test
  void anRss091FeedIsRead() throws Exception {
    String rss = """
        <rss version="0.91"><channel><title>Harbor Notes</title><link>https://notes.example.com/</link>
        <description>Notes</description><language>en</language>
        <item><title>Ferry fares rise</title><link>https://notes.example.com/fares</link>
        <description>Ferry fares will rise by 8% on April 1, the authority said.</description></item>
        </channel></rss>
        """;

    RawDocument item = read("notes.rss", rss).get(0).document().orElseThrow();

    assertThat(item.metadata().title()).isEqualTo("Ferry fares rise");
  }

  @Test
  void anAtomEntryGivesItsContentAndAuthor() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Nord Wire</title><id>urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</id>
          <updated>2024-03-05T12:00:00Z</updated>
          <entry>
            <title>Bridge vote passes</title><id>urn:uuid:2c5f39cb-3fb2-42e3-994f-1127e4ddb538</id>
            <link href="https://nord.example.com/bridge"/>
            <published>2024-03-05T07:00:00+01:00</published><updated>2024-03-05T12:00:00Z</updated>
            <author><name>Ella Brandt</name></author>
            <summary>The council backed the bridge.</summary>
            <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
          </entry>
        </feed>
        """.formatted(LONG_TEXT);

    RawDocument entry = read("nord.atom", atom).get(0).document().orElseThrow();

    assertThat(entry.format()).isEqualTo(InputFormat.HTML);
    assertThat(entry.content()).contains("<p>The port authority");
    assertThat(entry.metadata().url()).isEqualTo("https://nord.example.com/bridge");
    assertThat(entry.metadata().published()).isEqualTo("2024-03-05T06:00:00Z");
    assertThat(entry.metadata().authors()).containsExactly("Ella Brandt");
    assertThat(entry.metadata().flags()).isEmpty();
  }

  @Test
  void aFeedIsSniffedAsAFeedNeverAsHtml() throws Exception {
    assertThat(new FormatSniffer().sniff("download", RSS2.getBytes(StandardCharsets.UTF_8), RSS2.length()))
        .isEqualTo(InputFormat.FEED);
  }

  @Test
  void anXmlBombIsRefusedWithoutExpandingItsEntities() throws Exception {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
        ]>
        <rss version="2.0"><channel><title>Bomb</title><link>https://x.example.com/</link><description>x</description>
        <item><title>Boom</title><description>&g;</description></item></channel></rss>
        """;

    List<Ingested> items = read("bomb.xml", bomb);

    assertThat(items).hasSize(1);
    Ingested.Rejected rejected = (Ingested.Rejected) items.get(0);
    assertThat(rejected.code()).isEqualTo("BAD_FEED");
  }

  @Test
  void anExternalEntityIsNeverRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "the launch codes");
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
        <rss version="2.0"><channel><title>Leak</title><link>https://x.example.com/</link><description>x</description>
        <item><title>Leak</title><description>&leak;</description></item></channel></rss>
        """.formatted(secret.toUri());

    List<Ingested> items = read("leak.xml", xxe);

    assertThat(items).hasSize(1).allMatch(item -> item instanceof Ingested.Rejected);
    assertThat(((Ingested.Rejected) items.get(0)).error().error().message()).doesNotContain("launch codes");
  }

  @Test
  void aForcedFeedThatIsNotXmlIsAnErrorRecord() {
    List<Ingested> items = reader.read(new java.io.ByteArrayInputStream(
        "The mayor said the budget passed.".getBytes(StandardCharsets.UTF_8)), "notes.txt",
        ReadOptions.defaults().withFormat(InputFormat.FEED));

    assertThat(items).hasSize(1);
    assertThat(((Ingested.Rejected) items.get(0)).code()).isEqualTo("BAD_FEED");
  }
}
