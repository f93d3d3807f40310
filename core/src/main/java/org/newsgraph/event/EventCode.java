package org.newsgraph.event;

/**
 * A verb dictionary code: the event from source to target, and optionally the event it implies back from target
 * to source ({@code [032:033]}: a visit, and being visited). Either may be null; {@code ---} is the null code.
 */
public record EventCode(String forward, String reverse) {

  /** Parses the text inside {@code [ ]}: {@code 064}, {@code 032:033}, {@code :173}, {@code ---}. */
  public static EventCode parse(String text) {
    String code = text.strip();
    int colon = code.indexOf(':');
    if (colon < 0) {
      return new EventCode(orNull(code), null);
    }
    return new EventCode(orNull(code.substring(0, colon)), orNull(code.substring(colon + 1)));
  }

  private static String orNull(String code) {
    String c = code.strip();
    return c.isEmpty() || c.equals("---") ? null : c;
  }

  /** Whether neither direction yields an event. */
  public boolean isNull() {
    return forward == null && reverse == null;
  }
}
