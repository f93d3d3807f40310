package org.newsgraph.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short paragraphs that a page prints around an article rather than in it: a timestamp ({@code Updated 5:27 am CST,
 * Wednesday, November 20, 2019}), a byline with or without its date ({@code By Jane Roe}, {@code 11/19/2019 by Jane
 * Roe}), a bare address, a copyright notice. What is left of such a line, once its date, time, labels and a short
 * name are taken out, is nothing.
 */
final class PageFurniture {

  /** Longer paragraphs are text, whatever they start with. */
  private static final int MAX_WORDS = 14;
  private static final int MAX_NAME_WORDS = 4;
  private static final Pattern URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright\\s*)?(?:\u00a9|\\(c\\))\\s*(?:\\d{4}|[\\p{Lu}]).*"
      + "|^(?i)copyright\\s+\\d{4}.*");
  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?";
  /** The parts of a timestamp: dates, times, zones, weekdays and the labels that introduce them. */
  private static final Pattern STAMP_PART = Pattern.compile("(?i)\\b(?:" + MONTH + "|" + WEEKDAY
      + "|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.h]\\d{2}(?::\\d{2})?|[ap]\\.?m\\.?|[A-Z]{2,4}T|GMT|UTC|ET|PT|CT"
      + "|updated|published|posted|first|last|modified|on|at|as|of)\\b");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,.:;/@|\u00b7\u2022\u2013\u2014()+-]+");
  private static final Pattern DIGITS = Pattern.compile("\\d");
  private static final Pattern MONTH_AND_NUMBER = Pattern.compile("\\b" + MONTH + "\\s*\\d|\\d\\s*" + MONTH);
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b");
  private static final Pattern BY = Pattern.compile("(?i)(?:^|\\s)(?:by|written by|posted by)(?:\\s+|$)");

  private PageFurniture() {}

  /** Whether {@code paragraph} is furniture: a timestamp or byline line, a bare address, a copyright line. */
  static boolean is(String paragraph) {
    String line = Whitespace.line(paragraph);
    if (line.isEmpty() || HeadlineShape.words(line) > MAX_WORDS || line.contains("\n")) {
      return false;
    }
    if (URL.matcher(line).matches() || COPYRIGHT.matcher(line).matches()) {
      return true;
    }
    boolean byline = BY.matcher(line).find();
    boolean dated = hasDate(line);
    if (!byline && !dated) {
      return false;
    }
    String rest = STAMP_PART.matcher(BY.matcher(line).replaceAll(" ")).replaceAll(" ");
    rest = SEPARATORS.matcher(rest).replaceAll(" ").strip();
    if (rest.isEmpty()) {
      return dated;
    }
    // what is left may be the author's name: a few capitalized words, and only after "by" or beside a date
    String[] words = rest.split(" ");
    if (words.length > MAX_NAME_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isIdeographic(w.codePointAt(0))) {
        return false;
      }
    }
    return byline || dated && !HeadlineShape.endsLikeSentence(line);
  }

  private static boolean hasDate(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return PublishedDate.parse(line).isPresent() || DIGITS.matcher(line).find()
        && (MONTH_AND_NUMBER.matcher(lower).find() || NUMERIC_DATE.matcher(lower).find());
  }
}
