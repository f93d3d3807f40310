package org.newsgraph.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block a reposting blog appends: a line {@code Author: NAME} (or another label from
 * {@code author-block-labels.txt}) and the author's bio after it, at the very end of the text.
 *
 * @param from the index of the paragraph the block starts with; it runs to the last paragraph
 * @param name the name on the label line, or null when it has none
 */
record AuthorBlock(int from, String name) {

  /** A bio is a few short paragraphs; more than this after the label is story, not bio. */
  private static final int MAX_PARAGRAPHS = 4;
  private static final int MAX_CHARS = 3000;
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\u2019'.-]*(?:\\s+\\p{Lu}?[\\p{L}\u2019'.-]*){0,4}");

  /** Finds the block among {@code body}; there must be story before it. */
  static Optional<AuthorBlock> find(List<Paragraph> body, Set<String> labels) {
    for (int i = Math.max(1, body.size() - MAX_PARAGRAPHS); i < body.size(); i++) {
      Optional<String> name = label(body.get(i).lines().get(0).text(), labels);
      if (name.isPresent() && charsFrom(body, i) <= MAX_CHARS) {
        return Optional.of(new AuthorBlock(i, name.get().isEmpty() ? null : name.get()));
      }
    }
    return Optional.empty();
  }

  /** The name after a label ({@code Author: Jane Doe} gives {@code Jane Doe}, a bare label gives ""). */
  private static Optional<String> label(String line, Set<String> labels) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String label : labels) {
      if (!lower.startsWith(label)) {
        continue;
      }
      String rest = line.substring(label.length());
      boolean colon = rest.stripLeading().startsWith(":");
      String name = colon ? rest.stripLeading().substring(1).strip() : rest.strip();
      if (name.isEmpty()) {
        return colon || lower.equals(label) ? Optional.of("") : Optional.empty();
      }
      // "Author: NAME" needs its colon; "Posted by NAME" reads right without one
      boolean needsColon = !label.endsWith(" by");
      Matcher m = NAME.matcher(name);
      if ((colon || !needsColon) && m.matches()) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static int charsFrom(List<Paragraph> body, int from) {
    int chars = 0;
    for (int i = from; i < body.size(); i++) {
      chars += body.get(i).text().length();
    }
    return chars;
  }
}
