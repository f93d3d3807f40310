package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses an input's format from its first bytes and its name. Content that is clearly JSON wins over the name
 * (news stories do not start with a brace); otherwise a known extension decides; otherwise HTML markers mean HTML,
 * and anything else is plain text.
 */
final class FormatSniffer {

  private static final int SNIFF_CHARS = 8192;
  private static final Pattern HTML_MARKERS = Pattern.compile(
      "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<title>|<article[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_BLOCK_TAGS = Pattern.compile("</?(p|div|br|h[1-6]|span|a)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);

  InputFormat sniff(String name, byte[] bytes, int length) {
    String ext = extension(name);
    int first = firstContentByte(bytes, length);
    if (first < length && (bytes[first] == '{' || isJsonArray(bytes, first, length))) {
      if (ext.equals("jsonl") || ext.equals("ndjson") || looksLikeJsonLines(bytes, first, length)) {
        return InputFormat.JSONL;
      }
      return InputFormat.JSON;
    }
    switch (ext) {
      case "json":
        return InputFormat.JSON;
      case "jsonl":
      case "ndjson":
        return InputFormat.JSONL;
      case "html":
      case "htm":
      case "xhtml":
      case "shtml":
        return InputFormat.HTML;
      case "txt":
      case "text":
        return InputFormat.TEXT;
      case "rss":
      case "atom":
        return InputFormat.FEED;
      default:
        break;
    }
    String head = new String(bytes, first, Math.min(length - first, SNIFF_CHARS), StandardCharsets.ISO_8859_1);
    // A feed has HTML-looking markers (<title>, escaped paragraphs) but is never a page.
    if (FeedItems.looksLikeFeed(head)) {
      return InputFormat.FEED;
    }
    if (HTML_MARKERS.matcher(head).find() || HTML_BLOCK_TAGS.matcher(head).results().limit(3).count() >= 3) {
      return InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }

  /** The lower-cased extension of a file name, ignoring a {@code .gz} suffix; empty when there is none. */
  static String extension(String name) {
    String base = name.toLowerCase(Locale.ROOT);
    if (base.endsWith(".gz")) {
      base = base.substring(0, base.length() - 3);
    }
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    int dot = base.lastIndexOf('.');
    return dot > slash ? base.substring(dot + 1) : "";
  }

  private static int firstContentByte(byte[] bytes, int length) {
    int i = CharsetDetector.bom(bytes, length) != null && (bytes[0] & 0xff) == 0xEF ? 3 : 0;
    while (i < length && isSpace(bytes[i])) {
      i++;
    }
    return i;
  }

  private static boolean isJsonArray(byte[] bytes, int first, int length) {
    if (bytes[first] != '[') {
      return false;
    }
    int i = first + 1;
    while (i < length && isSpace(bytes[i])) {
      i++;
    }
    return i < length && (bytes[i] == '{' || bytes[i] == ']');
  }

  /** One object on the first line, closed on that line, and another line that opens an object. */
  private static boolean looksLikeJsonLines(byte[] bytes, int first, int length) {
    int end = first;
    while (end < length && bytes[end] != '\n') {
      end++;
    }
    int last = end - 1;
    while (last > first && isSpace(bytes[last])) {
      last--;
    }
    if (bytes[first] != '{' || bytes[last] != '}' || end >= length) {
      return false;
    }
    int next = end + 1;
    while (next < length && isSpace(bytes[next])) {
      next++;
    }
    return next < length && bytes[next] == '{';
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}
