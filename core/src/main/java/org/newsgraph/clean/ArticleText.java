package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removal;

/**
 * Builds article text from kept paragraphs in source order, separated by a blank line, and places each removal at
 * the offset of the first character after where it stood (the start of the next kept paragraph, or the text's end).
 */
final class ArticleText {

  private record Pending(int start, int end, String reason, String text) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Removal> removed = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();

  void keep(String paragraph) {
    if (paragraph.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    settle(text.length());
    text.append(paragraph);
  }

  /** Records that source {@code [start, end)}, reading {@code sourceText}, was left out for {@code reason}. */
  void remove(int start, int end, String reason, String sourceText) {
    pending.add(new Pending(start, end, reason, sourceText));
  }

  String text() {
    return text.toString();
  }

  List<Removal> removed() {
    settle(text.length());
    return List.copyOf(removed);
  }

  private void settle(int at) {
    for (Pending p : pending) {
      removed.add(new Removal(p.start(), p.end(), p.reason(), p.text(), at));
    }
    pending.clear();
  }
}
