package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which charset to decode an input with: a byte-order mark first, then the charset the user forced, then
 * UTF-16 told by its zero bytes, then what an HTML or XML document declares near its start (unless the bytes are
 * valid UTF-8 with characters beyond ASCII, which text in another charset almost never is), and UTF-8 otherwise.
 * A byte-order mark can lie too: {@link #isEightBitTextBehindUtf16Mark} tells when it does.
 */
final class CharsetDetector {

  /** The decision: which charset, how many BOM bytes to skip, and where the decision came from (for messages). */
  record Detected(Charset charset, int bomLength, String source) {}

  /** Browsers look for a declaration in the first 1,024 bytes; pages with long heads push it a little further. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "\\A\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

  Detected detect(byte[] bytes, int length, InputFormat format, Charset forced) {
    Detected bom = bom(bytes, length);
    if (bom != null) {
      return bom;
    }
    if (forced != null) {
      return new Detected(forced, 0, "--charset");
    }
    Charset wide = utf16WithoutBom(bytes, length);
    if (wide != null) {
      return new Detected(wide, 0, "the byte pattern (" + wide.name() + " without a byte-order mark)");
    }
    if (format == InputFormat.HTML) {
      String head = new String(bytes, 0, Math.min(length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Charset declared = declared(XML_ENCODING.matcher(head));
      if (declared == null) {
        declared = declared(META_CHARSET.matcher(head));
      }
      if (declared != null && !declared.equals(StandardCharsets.UTF_8) && isMultibyteUtf8(bytes, length)) {
        // Pages re-saved as UTF-8 often keep their old declaration; read the other way every accented letter
        // and curly quote would become two or three wrong characters.
        return new Detected(StandardCharsets.UTF_8, 0, "the bytes (valid UTF-8 with multi-byte characters, though "
            + "the page declares " + declared.name() + ")");
      }
      if (declared != null) {
        return new Detected(declared, 0, "the document's charset declaration");
      }
    }
    return new Detected(StandardCharsets.UTF_8, 0, "the default");
  }

  /**
   * UTF-16 text without a byte-order mark, told by its zero bytes: Latin-script text in UTF-16 has a zero in every
   * other byte, on the odd side for little-endian and the even side for big-endian; null when the bytes do not
   * show that pattern.
   */
  static Charset utf16WithoutBom(byte[] bytes, int length) {
    int sample = Math.min(length, PRESCAN_BYTES) & ~1;
    if (sample < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < sample; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int units = sample / 2;
    if (oddZeros > units * 0.4 && evenZeros < units * 0.02) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > units * 0.4 && oddZeros < units * 0.02) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether the bytes are valid UTF-8 and hold at least one character beyond ASCII. */
  static boolean isMultibyteUtf8(byte[] bytes, int length) {
    boolean multibyte = false;
    for (int i = 0; i < length && !multibyte; i++) {
      multibyte = bytes[i] < 0;
    }
    if (!multibyte) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Whether the bytes after a UTF-16 byte-order mark are 8-bit text (ASCII or UTF-8) rather than UTF-16: read as
   * UTF-16, nearly every unit would then pair two printable ASCII bytes, which real UTF-16 text almost never does
   * (Latin text has a zero byte in each unit; CJK text pairs printable bytes in about one unit of five).
   */
  static boolean isEightBitTextBehindUtf16Mark(byte[] bytes, int from, int length) {
    int end = Math.min(length, from + PRESCAN_BYTES * 4);
    int units = 0;
    int printablePairs = 0;
    for (int i = from; i + 1 < end; i += 2) {
      units++;
      if (isAsciiText(bytes[i]) && isAsciiText(bytes[i + 1])) {
        printablePairs++;
      }
    }
    return units >= 2 && printablePairs >= units * 0.9;
  }

  private static boolean isAsciiText(byte b) {
    return (b >= 0x20 && b < 0x7f) || b == '\n' || b == '\r' || b == '\t';
  }

  static Detected bom(byte[] b, int length) {
    if (length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3, "the byte-order mark");
    }
    if (length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2, "the byte-order mark");
    }
    if (length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2, "the byte-order mark");
    }
    return null;
  }

  private static Charset declared(Matcher matcher) {
    if (!matcher.find()) {
      return null;
    }
    String label = matcher.group(1).toLowerCase(Locale.ROOT);
    // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252, and a UTF-16 label found by
    // reading the bytes as ASCII cannot be true, so it means UTF-8.
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
      return Charset.forName("windows-1252");
    }
    if (label.startsWith("utf-16") || label.startsWith("utf-32")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label is ignored, as browsers do; strict UTF-8 decoding then reports bad bytes
    }
  }
}
