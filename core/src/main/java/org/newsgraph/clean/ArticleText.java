package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removal;

/**
 * Builds article text from kept paragraphs in source order, separated by a blank line, and places each removal at
 * the offset of the first character after where it stood (the start of the next kept paragraph, or the text's end).
 * A heading kept with its source range can still be dropped when nothing of its section was kept
 * ({@link #dropEmptyHeadings}).
 */
final class ArticleText {

  private sealed interface Entry permits Kept, Dropped {}

  private record Kept(String paragraph, int start, int end, boolean heading) implements Entry {}

  private record Dropped(int start, int end, String reason, String text) implements Entry {}

  private final List<Entry> entries = new ArrayList<>();

  void keep(String paragraph) {
    if (!paragraph.isEmpty()) {
      entries.add(new Kept(paragraph, -1, -1, false));
    }
  }

  /** Keeps a heading that stood at source {@code [start, end)}. */
  void keepHeading(String heading, int start, int end) {
    if (!heading.isEmpty()) {
      entries.add(new Kept(heading, start, end, start >= 0 && end >= start));
    }
  }

  /** Records that source {@code [start, end)}, reading {@code sourceText}, was left out for {@code reason}. */
  void remove(int start, int end, String reason, String sourceText) {
    entries.add(new Dropped(start, end, reason, sourceText));
  }

  /**
   * Drops the headings whose section lost all its paragraphs: a heading at the end of the text, or one followed by
   * removed markup and then another heading. Such a heading titled a list of links or a promotion ("Most Popular",
   * "You may also like"), not the article.
   */
  void dropEmptyHeadings() {
    boolean sectionEmpty = true; // walking back from the end, nothing kept after this point yet
    boolean removedSince = true;
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      if (entry instanceof Dropped) {
        removedSince = true;
      } else if (entry instanceof Kept k && k.heading() && sectionEmpty && removedSince) {
        entries.set(i, new Dropped(k.start(), k.end(), Removal.BOILERPLATE, Whitespace.line(k.paragraph())));
      } else if (entry instanceof Kept k) {
        sectionEmpty = k.heading();
        removedSince = false;
      }
    }
  }

  String text() {
    StringBuilder text = new StringBuilder();
    for (Entry entry : entries) {
      if (entry instanceof Kept k) {
        text.append(text.length() > 0 ? "\n\n" : "").append(k.paragraph());
      }
    }
    return text.toString();
  }

  List<Removal> removed() {
    List<Removal> removed = new ArrayList<>();
    List<Dropped> pending = new ArrayList<>();
    int length = 0;
    for (Entry entry : entries) {
      if (entry instanceof Dropped d) {
        pending.add(d);
      } else if (entry instanceof Kept k) {
        length += length > 0 ? 2 : 0;
        settle(pending, length, removed);
        length += k.paragraph().length();
      }
    }
    settle(pending, length, removed);
    return List.copyOf(removed);
  }

  private static void settle(List<Dropped> pending, int at, List<Removal> out) {
    for (Dropped p : pending) {
      out.add(new Removal(p.start(), p.end(), p.reason(), p.text(), at));
    }
    pending.clear();
  }
}
