package org.newsgraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bad inputs newsgraph must survive, each with what it must end as: one outcome per input (per record
 * for JSON Lines), an analysis ({@code null} code) or an error record with the code given.
 */
final class BadInputCorpus {

  /** One file of the corpus and the outcome codes expected of it, in order ({@code null} for an analysis). */
  record Case(String name, byte[] bytes, List<String> codes) {
    static Case of(String name, byte[] bytes, String... codes) {
      return new Case(name, bytes, Arrays.asList(codes));
    }
  }

  static final String SENTENCE = "The mayor of Riverton said on Monday that the bridge would reopen in May. ";

  private static final String[] WORDS = {"council", "budget", "vote", "mayor", "bridge", "officials", "said",
      "Monday", "the", "river", "would", "reopen"};

  private BadInputCorpus() {}

  /** The small cases: quick to analyze, each a different way input goes wrong. */
  static List<Case> small() throws IOException {
    List<Case> cases = new ArrayList<>();
    cases.add(Case.of("empty.txt", new byte[0], "EMPTY_INPUT"));
    cases.add(Case.of("blank.txt", utf8(" \n\t\r\n\u00a0  \n"), "EMPTY_INPUT"));
    cases.add(Case.of("nul.txt", utf8("The council met.\u0000\u0000 It voted."), "BINARY_INPUT"));
    cases.add(Case.of("truncated.txt.gz", Arrays.copyOf(gzip(utf8(SENTENCE.repeat(200))), 60), "UNREADABLE"));
    cases.add(Case.of("invalid-utf8.txt", invalidUtf8(), "BAD_ENCODING"));
    cases.add(Case.of("utf16-bom.txt", withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
        SENTENCE.getBytes(StandardCharsets.UTF_16LE)), (String) null));
    cases.add(Case.of("utf16-no-bom.txt", SENTENCE.getBytes(StandardCharsets.UTF_16BE), (String) null));
    cases.add(Case.of("utf16-bom-over-ascii.txt", withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
        utf8(SENTENCE + "\n")), "BAD_ENCODING"));
    cases.add(Case.of("controls.txt", utf8("The council\u0007 met on Monday.\u001b[0m The mayor\u000b said the "
        + "bridge would reopen in May.\u0008\n"), (String) null));
    cases.add(Case.of("binary-controls.txt", utf8("\u0001\u0002\u0003\u0004 data \u0005\u0006\u0007\u000e".repeat(40)),
        "BINARY_INPUT"));
    cases.add(Case.of("line-endings.txt", utf8("Council Approves Budget\r\n\r\nThe council met on Monday.\rThe mayor "
        + "said the bridge would reopen.\n\nOfficials agreed.\r\n"), (String) null));
    cases.add(Case.of("malformed.json", utf8("{\"title\": \"Budget\", \"text\": \"The council met.\""), "BAD_JSON"));
    cases.add(Case.of("records.jsonl", utf8("{\"text\": \"" + SENTENCE + "\"}\n{\"text\": \"cut off\n"
        + "{\"text\": \"The council met on Monday and voted.\"}\n"), null, "BAD_JSON", null));
    cases.add(Case.of("scripts.html", utf8("<html><head><script>var a = 1;</script></head><body>"
        + "<script>document.write('The council met.');</script><script src=\"x.js\"></script></body></html>"),
        "NO_TEXT"));
    cases.add(Case.of("declares-latin1-is-utf8.html", utf8("<html><head><meta charset=\"iso-8859-1\">"
        + "<title>Café</title></head><body><p>The café’s owner, José Núñez, said on Monday that prices would "
        + "rise.</p></body></html>"), (String) null));
    cases.add(Case.of("declares-utf8-is-latin1.html", bytes("<html><head><meta charset=\"utf-8\"></head><body>"
        + "<p>The café owner, José Núñez, said on Monday that prices would rise.</p></body></html>",
        Charset.forName("windows-1252")), "BAD_ENCODING"));
    cases.add(Case.of("deep.html", utf8("<html><body>" + "<div>".repeat(10_000) + "<p>" + SENTENCE + "</p>"
        + "</div>".repeat(10_000) + "</body></html>"), (String) null));
    return cases;
  }

  /** The large cases: a gzip bomb, a huge JSON string, a 5 MB line, a page of 100,000 elements. */
  static List<Case> large() throws IOException {
    List<Case> cases = new ArrayList<>();
    cases.add(Case.of("bomb.txt.gz", gzipOfRepeated((byte) ' ', 200L << 20), "TOO_LARGE"));
    cases.add(Case.of("huge-string.json", utf8("{\"title\": \"Budget\", \"text\": \"" + words(3_000_000) + "\"}"),
        "TOO_LARGE"));
    cases.add(Case.of("one-line.txt", utf8(words(5_000_000)), "TOO_LARGE"));
    cases.add(Case.of("spans.html", utf8(spans(100_000)), "TOO_LARGE"));
    return cases;
  }

  /** Words without a sentence end, about {@code bytes} long. */
  static String words(int bytes) {
    StringBuilder text = new StringBuilder(bytes + 16);
    for (int i = 0; text.length() < bytes; i++) {
      text.append(WORDS[(i * 7 + i / 13) % WORDS.length]).append(' ');
    }
    return text.toString();
  }

  /** A page of {@code n} short spans in one paragraph. */
  static String spans(int n) {
    StringBuilder page = new StringBuilder("<!doctype html><html><head><title>Spans</title></head><body><p>");
    for (int i = 0; i < n; i++) {
      page.append("<span>").append(WORDS[i % WORDS.length]).append(" </span>");
    }
    return page.append("</p></body></html>").toString();
  }

  static void write(Path dir, List<Case> cases) throws IOException {
    for (Case c : cases) {
      Files.write(dir.resolve(c.name()), c.bytes());
    }
  }

  private static byte[] invalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] sentence = utf8(SENTENCE);
    for (int i = 0; i < 20; i++) {
      out.writeBytes(sentence);
      out.write(i % 2 == 0 ? 0xC3 : 0xFF); // a lone lead byte, or a byte UTF-8 never uses
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] gzipOfRepeated(byte b, long length) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, b);
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (long written = 0; written < length; written += block.length) {
        gz.write(block);
      }
    }
    return out.toByteArray();
  }

  private static byte[] withPrefix(byte[] prefix, byte[] rest) {
    byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, all, prefix.length, rest.length);
    return all;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s, Charset charset) {
    return s.getBytes(charset);
  }
}
