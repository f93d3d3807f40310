package org.newsgraph.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a stretch of text can hold a time expression: it has a digit or a word of the time-cue list. SUTime
 * finds nothing in a sentence without either, so it need not run there (it is about a third of annotation). Currency
 * signs, percent signs, ordinals and money words count too: the numeric classifiers, which host SUTime, tag those
 * differently when SUTime is off.
 */
public final class TimeCueFilter {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.']*");

  private final Set<String> cues;

  public TimeCueFilter(Set<String> cues) {
    this.cues = Set.copyOf(cues);
  }

  /** The filter with newsgraph's list ({@code time-cue-words.txt} beside this class). */
  public static TimeCueFilter standard() {
    return new TimeCueFilter(WordList.lowerCased(TimeCueFilter.class, "time-cue-words.txt"));
  }

  /** Whether {@code text} has a digit, a currency or percent sign, or a cue word (any case, with or without a plural s or a final period). */
  public boolean mayHoldTime(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%') {
        return true;
      }
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (isCue(m.group().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean isCue(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    while (w.endsWith(".") || w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    return cues.contains(w) || cues.contains(word)
        || w.endsWith("s") && cues.contains(w.substring(0, w.length() - 1))
        || w.endsWith("es") && cues.contains(w.substring(0, w.length() - 2));
  }
}
