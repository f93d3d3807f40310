package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * Turns an input's bytes into text, refusing what is not text: empty or blank input, binary content, and bytes that
 * are not valid in the chosen charset (reported with their offset, never silently replaced).
 */
final class TextDecoder {

  /** Share of control characters above which content is taken for binary; text has almost none. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final int BINARY_SAMPLE = 8192;

  private final CharsetDetector detector = new CharsetDetector();

  String decode(byte[] bytes, int length, InputFormat format, Charset forced) throws RejectedInputException {
    if (length == 0) {
      throw new RejectedInputException(Reason.EMPTY_INPUT, "the input is empty");
    }
    CharsetDetector.Detected detected = detector.detect(bytes, length, format, forced);
    boolean wide = bytesPerUnit(detected.charset()) > 1;
    if (wide && detected.bomLength() > 0
        && CharsetDetector.isEightBitTextBehindUtf16Mark(bytes, detected.bomLength(), length)) {
      throw new RejectedInputException(Reason.BAD_ENCODING, "the input starts with a " + detected.charset().name()
          + " byte-order mark, but the bytes after it are 8-bit text (ASCII or UTF-8), not UTF-16; read as "
          + detected.charset().name() + " they would be nonsense. Remove the first " + detected.bomLength()
          + " bytes, or re-save the file as UTF-16");
    }
    if (!wide) {
      rejectBinaryBytes(bytes, length);
    }
    String text = decodeStrictly(bytes, detected.bomLength(), length, detected);
    if (wide) {
      rejectBinaryChars(text);
    }
    if (isBlank(text)) {
      throw new RejectedInputException(Reason.EMPTY_INPUT, "the input has only whitespace");
    }
    return Mojibake.repaired(text);
  }

  private static int bytesPerUnit(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32") ? 2 : 1;
  }

  private static void rejectBinaryBytes(byte[] bytes, int length) throws RejectedInputException {
    int sample = Math.min(length, BINARY_SAMPLE);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new RejectedInputException(Reason.BINARY_INPUT,
            "the input looks binary (a NUL byte at offset " + i + "); expected text, HTML or JSON");
      }
      if (i < sample && isControl(b)) {
        controls++;
      }
    }
    if (controls > sample * MAX_CONTROL_SHARE) {
      throw new RejectedInputException(Reason.BINARY_INPUT, "the input looks binary (" + controls
          + " control bytes in the first " + sample + "); expected text, HTML or JSON");
    }
  }

  private static void rejectBinaryChars(String text) throws RejectedInputException {
    int sample = Math.min(text.length(), BINARY_SAMPLE);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0 || isControl(c)) {
        controls++;
      }
    }
    if (controls > sample * MAX_CONTROL_SHARE) {
      throw new RejectedInputException(Reason.BINARY_INPUT, "the input looks binary (" + controls
          + " control characters in the first " + sample + "); expected text, HTML or JSON");
    }
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
  }

  private static String decodeStrictly(byte[] bytes, int from, int length, CharsetDetector.Detected detected)
      throws RejectedInputException {
    CharsetDecoder decoder = detected.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length - from);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((length - from) * (double) decoder.maxCharsPerByte()) + 8);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new RejectedInputException(Reason.BAD_ENCODING, badBytes(bytes, offset, length, detected));
    }
    out.flip();
    return out.toString();
  }

  private static String badBytes(byte[] bytes, int offset, int length, CharsetDetector.Detected detected) {
    String charset = detected.charset().name();
    String shown = offset < length ? String.format(" (0x%02X)", bytes[offset] & 0xff) : "";
    String message = "invalid " + charset + " at byte " + offset + shown + " (charset from " + detected.source() + ")";
    if (detected.charset().equals(StandardCharsets.UTF_8) && offset < length) {
      int b = bytes[offset] & 0xff;
      String guess = b >= 0x80 && b <= 0x9f ? "; it looks like windows-1252" : "; it may be windows-1252 or ISO-8859-1";
      return message + guess + ": declare the charset in the document or pass --charset";
    }
    return message + "; pass the right --charset";
  }

  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
        return false;
      }
    }
    return true;
  }
}
