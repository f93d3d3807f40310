package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code examples/newsroom.warc.gz}, the small web archive bundled with newsgraph: three news pages written for
 * the project (one in windows-1252, one in German), an image and a redirect, laid out as Common Crawl's.
 * Run: {@code java -cp core/target/test-classes:CP org.newsgraph.ingest.SampleArchive examples/newsroom.warc.gz}.
 */
final class SampleArchive {

  private SampleArchive() {}

  static byte[] bytes() throws IOException {
    return new WarcFixture()
        .encodedPage("https://coastal-ledger.example.com/2024/03/04/ferry-fares", page("Ferry fares to rise 8% in April",
            "2024-03-04",
            "The Halden Ferry Authority will raise fares by 8% on April 1, its director, Marta Quist, said on Monday.",
            "\"We have held prices for three years while fuel costs doubled,\" Quist told reporters at the terminal.",
            "Commuter groups said the increase would cost a daily rider about $190 a year."), "text/html; charset=UTF-8",
            StandardCharsets.UTF_8)
        .page("https://coastal-ledger.example.com/logo.png", 200, "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
        .encodedPage("https://valley-times.example.com/2024/03/05/cafe-permits", page("Café owners win delay on permit rules",
            "2024-03-05",
            "Owners of six cafés on Harbor Street won a 90-day delay of new sidewalk permit rules on Tuesday.",
            "Councillor Renée Dubois said the council would hear their objections at its April meeting."),
            "text/html; charset=windows-1252", Charset.forName("windows-1252"))
        .page("https://valley-times.example.com/old-url", 301, "text/html", new byte[0])
        .encodedPage("https://nordkurier.example.de/2024/03/05/bruecke", page("Stadtrat stimmt für neue Brücke",
            "2024-03-05",
            "Der Stadtrat von Halden hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen.",
            "Die Bauarbeiten sollen im Herbst beginnen und rund zwei Jahre dauern, sagte die Bürgermeisterin.",
            "Die Kosten werden auf zwölf Millionen Euro geschätzt; das Land übernimmt die Hälfte."),
            "text/html; charset=UTF-8", StandardCharsets.UTF_8)
        .write(true);
  }

  private static String page(String headline, String date, String... paragraphs) {
    String body = WarcFixture.newsPage(headline, paragraphs);
    return body.replace("</title>", "</title><meta property=\"article:published_time\" content=\"" + date + "\">");
  }

  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), bytes());
  }
}
