package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String STORY = "The mayor of Riverton said on Monday that the bridge would reopen in May.\n";

  private final TextDecoder decoder = new TextDecoder();

  private String decode(byte[] bytes, InputFormat format) throws RejectedInputException {
    return decoder.decode(bytes, bytes.length, format, null);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** UTF-8 read as windows-1252 the way browsers do (the five undefined bytes become C1 controls). */
  private static String garbled(String text) {
    StringBuilder out = new StringBuilder();
    Charset windows1252 = Charset.forName("windows-1252");
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, windows1252);
      out.append(c.equals("\ufffd") ? String.valueOf((char) (b & 0xff)) : c);
    }
    return out.toString();
  }

  @Test
  void aUtf16MarkBeforeEightBitTextIsReportedNotReadAsNonsense() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> decode(bytes, InputFormat.TEXT))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BAD_ENCODING);
          assertThat(e.getMessage()).contains("byte-order mark", "8-bit text");
        });
  }

  @Test
  void utf16WithItsMarkIsDecoded() throws Exception {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));

    assertThat(decode(bytes, InputFormat.TEXT)).isEqualTo(STORY);
  }

  @Test
  void chineseUtf16WithItsMarkIsDecoded() throws Exception {
    String story = "河滨市市长周一表示，这座桥将于五月重新开放。\n";
    byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, story.getBytes(StandardCharsets.UTF_16BE));

    assertThat(decode(bytes, InputFormat.TEXT)).isEqualTo(story);
  }

  @Test
  void utf16WithoutAMarkIsToldByItsZeroBytes() throws Exception {
    assertThat(decode(STORY.getBytes(StandardCharsets.UTF_16LE), InputFormat.TEXT)).isEqualTo(STORY);
    assertThat(decode(STORY.getBytes(StandardCharsets.UTF_16BE), InputFormat.TEXT)).isEqualTo(STORY);
  }

  @Test
  void aPageThatDeclaresLatin1ButIsUtf8IsReadAsUtf8() throws Exception {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>The café’s owner, José Núñez, "
        + "said prices would rise.</p></body></html>";

    assertThat(decode(page.getBytes(StandardCharsets.UTF_8), InputFormat.HTML)).isEqualTo(page);
  }

  @Test
  void aPageThatDeclaresLatin1AndIsLatin1IsReadAsDeclared() throws Exception {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>The café owner, José Núñez, "
        + "said prices would rise.</p></body></html>";

    assertThat(decode(page.getBytes(Charset.forName("windows-1252")), InputFormat.HTML)).isEqualTo(page);
  }

  @Test
  void textThatWasUtf8ReadAsWindows1252IsRepaired() throws Exception {
    String right = "The café’s owner, José Núñez, said “prices will rise” on Monday.\n";
    String garbled = garbled(right);

    assertThat(decode(garbled.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT)).isEqualTo(right);
  }

  @Test
  void textWithTheMojibakePatternThatCannotBeUndoneIsReported() {
    // The double-encoded part sits beside a character windows-1252 cannot hold, so the whole does not reverse.
    String right = "The café’s owner, José Núñez, said “prices will rise” on Monday.";
    String garbled = garbled(right) + " Η τιμή ανεβαίνει.\n";

    assertThatThrownBy(() -> decode(garbled.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BAD_ENCODING));
  }

  @Test
  void aFewAccentedCapitalsAreNotTakenForMojibake() throws Exception {
    String story = "SÃO PAULO — Officials in São Paulo said on Monday that the metro would reopen.\n";

    assertThat(decode(story.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT)).isEqualTo(story);
  }
}
