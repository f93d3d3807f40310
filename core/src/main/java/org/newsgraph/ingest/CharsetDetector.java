package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which charset to decode an input with: a byte-order mark first (it cannot lie), then the charset the user
 * forced, then what an HTML or XML document declares near its start, and UTF-8 otherwise.
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
    if (format == InputFormat.HTML) {
      String head = new String(bytes, 0, Math.min(length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Charset declared = declared(XML_ENCODING.matcher(head));
      if (declared == null) {
        declared = declared(META_CHARSET.matcher(head));
      }
      if (declared != null) {
        return new Detected(declared, 0, "the document's charset declaration");
      }
    }
    return new Detected(StandardCharsets.UTF_8, 0, "the default");
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
