package org.newsgraph.eval.event;

/**
 * A span of an article in the event gold: character offsets, the covered text, and the name it stands for when
 * the words are a description or pronoun the article resolves elsewhere ("the first lady" → Hillary Clinton).
 */
public record GoldSpan(int start, int end, String text, String name) {

  /** The name an engine's actor must carry: the stated one, else the span's own words. */
  public String nameOrText() {
    return name != null ? name : text;
  }

  /** This span moved by {@code shift} characters (into a cleaned text). */
  GoldSpan shifted(int shift) {
    return new GoldSpan(start + shift, end + shift, text, name);
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
