package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.Removal;

/**
 * The header block a reposted article starts with: its title, outlet, the title again and a byline
 * ({@code Author – May 16, 2022}), each on a short line. It is only taken for a header when a byline or a repeated
 * title shows it is one; otherwise the text starts with the story.
 *
 * @param size how many non-blank lines the header takes; 0 when there is none
 * @param parts the header's lines, each with the reason it is removed
 */
record TextHeader(int size, String title, String outlet, List<String> authors, String published, List<Part> parts) {

  /** One removed header line. */
  record Part(Line line, String reason) {}

  static final TextHeader NONE = new TextHeader(0, null, null, List.of(), null, List.of());

  /** Headers are a few lines; the founding example's has four. */
  private static final int MAX_LINES = 6;
  private static final int MAX_WORDS = 25;
  private static final int MAX_OUTLET_WORDS = 6;

  TextHeader {
    authors = List.copyOf(authors);
    parts = List.copyOf(parts);
  }

  /** Reads the header at the start of {@code lines} (the document's non-blank lines), or {@link #NONE}. */
  static TextHeader read(List<Line> lines) {
    int scan = 0;
    int bylineAt = -1;
    Byline byline = null;
    int repeatAt = -1;
    int titleAt = 0;
    while (scan < Math.min(MAX_LINES, lines.size())) {
      String text = lines.get(scan).text();
      Optional<Byline> parsed = Byline.parse(text);
      if (parsed.isPresent()) {
        bylineAt = scan;
        byline = parsed.get();
        break;
      }
      if (!isShortLine(text)) {
        break;
      }
      for (int earlier = 0; earlier < scan && repeatAt < 0; earlier++) {
        if (sameTitle(text, lines.get(earlier).text())) {
          repeatAt = scan;
          titleAt = earlier;
        }
      }
      scan++;
    }
    int last = Math.max(bylineAt, repeatAt);
    if (last < 0) {
      return NONE;
    }
    String published = byline == null ? null : byline.published();
    if (published == null && last + 1 < lines.size() && PublishedDate.isWholeDate(lines.get(last + 1).text())) {
      last++; // a date on the line after the byline
    }
    List<Part> parts = new ArrayList<>();
    String title = null;
    String outlet = null;
    for (int i = 0; i <= last; i++) {
      Line line = lines.get(i);
      if (i == bylineAt) {
        parts.add(new Part(line, Removal.HEADER));
      } else if (i == repeatAt) {
        parts.add(new Part(line, Removal.REPEATED_TITLE));
      } else if (i == titleAt) {
        title = line.text();
        parts.add(new Part(line, Removal.HEADER));
      } else if (published == null && PublishedDate.isWholeDate(line.text())) {
        published = PublishedDate.parse(line.text()).orElse(null);
        parts.add(new Part(line, Removal.HEADER));
      } else {
        if (outlet == null && HeadlineShape.words(line.text()) <= MAX_OUTLET_WORDS) {
          outlet = line.text();
        }
        parts.add(new Part(line, Removal.HEADER));
      }
    }
    return new TextHeader(last + 1, title, outlet, byline == null ? List.of() : byline.authors(), published, parts);
  }

  /** A line that can be part of a header: a few words, not a sentence ending in a period or comma. */
  private static boolean isShortLine(String text) {
    if (HeadlineShape.words(text) > MAX_WORDS) {
      return false;
    }
    char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
    return last != '.' && last != ',' && last != ';' && last != ':';
  }

  private static boolean sameTitle(String a, String b) {
    return comparable(a).equals(comparable(b));
  }

  private static String comparable(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
        .replace('\u201d', '"');
  }
}
