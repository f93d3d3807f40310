package org.newsgraph.eval.event;

/**
 * One {@code <EventCoding>} of the PETRARCH suite: an expected coding, "no events", or an expected error.
 *
 * @param source expected source code ({@code ---} for none), null unless a coding
 * @param error the expected error ({@code storydiscard}, {@code sentencediscard}, {@code dateline},
 *     {@code bad_input_parse}), or null
 */
public record ExpectedCoding(String source, String target, String event, boolean noEvents, String error) {

  public static ExpectedCoding coding(String source, String target, String event) {
    return new ExpectedCoding(normal(source), normal(target), event, false, null);
  }

  /** PETRARCH writes a missing actor as {@code ---} or as an empty attribute. */
  static String normal(String code) {
    return code == null || code.isBlank() ? "---" : code.strip();
  }

  public boolean isCoding() {
    return !noEvents && error == null;
  }

  public String describe() {
    if (noEvents) {
      return "no events";
    }
    if (error != null) {
      return "error " + error;
    }
    return source + " " + target + " " + event;
  }
}
