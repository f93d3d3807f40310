package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * Finds text that was UTF-8 read as windows-1252 somewhere upstream and saved again ({@code â€™} for {@code ’},
 * {@code Ã©} for {@code é}), and undoes it when the whole text reverses cleanly; text that shows the pattern but does
 * not reverse is refused rather than analyzed as nonsense.
 */
final class Mojibake {

  /** What windows-1252 makes of bytes 0x80-0x9F, by position; the undefined five stand as themselves. */
  private static final String UPPER_HALF =
      "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
      + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

  /** Fewer marks than this can be real words (a name with Ã followed by a symbol); more never are. */
  private static final int MIN_MARKS = 3;

  private Mojibake() {}

  static String repaired(String text) throws RejectedInputException {
    int marks = marks(text);
    if (marks < MIN_MARKS) {
      return text;
    }
    try {
      ByteBuffer bytes = asWindows1252(text);
      String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
      if (marks(decoded) < MIN_MARKS) {
        return decoded;
      }
    } catch (CharacterCodingException e) {
      // falls through: the pattern is there but the text does not reverse as a whole
    }
    throw new RejectedInputException(Reason.BAD_ENCODING, "the text looks like UTF-8 that was read as "
        + "windows-1252 and saved again (" + marks + " sequences such as 'â€™' or 'Ã©'), and it cannot be undone "
        + "as a whole; fix the source's encoding");
  }

  /**
   * The bytes windows-1252 reads as {@code text}, the five bytes it leaves undefined taken as the C1 controls of the
   * same number (as browsers do); fails on a character it has no byte for.
   */
  private static ByteBuffer asWindows1252(String text) throws CharacterCodingException {
    ByteBuffer bytes = ByteBuffer.allocate(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int upper = UPPER_HALF.indexOf(c);
      if (c < 0x100 && (c < 0x80 || c > 0x9f || upper < 0)) {
        bytes.put((byte) c);
      } else if (upper >= 0) {
        bytes.put((byte) (0x80 + upper));
      } else {
        throw new CharacterCodingException();
      }
    }
    return bytes.flip();
  }

  /** Counts a lead character of a two- or three-byte UTF-8 sequence followed by what a continuation byte reads as. */
  static int marks(String text) {
    int marks = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      char lead = text.charAt(i);
      if (lead >= '\u00c2' && lead <= '\u00ef' && isContinuation(text.charAt(i + 1))) {
        marks++;
        i++;
      }
    }
    return marks;
  }

  /** Whether {@code c} is what windows-1252 makes of a byte 0x80-0xBF. */
  private static boolean isContinuation(char c) {
    return (c >= '\u0080' && c <= '\u00bf') || (c > '\u00ff' && UPPER_HALF.indexOf(c) >= 0);
  }
}
