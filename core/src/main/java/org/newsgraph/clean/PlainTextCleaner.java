package org.newsgraph.clean;

import org.newsgraph.nlp.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Removal;

/**
 * Cleans plain text: reads and removes a repost's header block (title, outlet, repeated title, byline), linked
 * headlines between story paragraphs and a trailing author block, and keeps the story's paragraphs, each tidied and
 * separated by a blank line. Removal offsets index {@code source} exactly.
 *
 * <p>A text without a header keeps all its paragraphs; its first line is taken for the title (and kept in the text)
 * when it looks like a headline: a single line of 3 to 20 words followed by a blank line, without a final period.
 */
final class PlainTextCleaner {

  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 20;

  private final LinkedHeadlines linkedHeadlines = new LinkedHeadlines();
  private final Set<String> authorLabels = WordList.lowerCased(PlainTextCleaner.class, "author-block-labels.txt");

  Cleaned clean(String source) {
    List<Line> lines = Line.split(source);
    List<Line> nonBlank = lines.stream().filter(line -> !line.isBlank()).toList();
    TextHeader header = TextHeader.read(nonBlank);
    ArticleText article = new ArticleText();
    for (TextHeader.Part part : header.parts()) {
      remove(article, source, part.line().start(), part.line().end(), part.reason());
    }
    List<Line> bodyLines = header.size() == 0 ? lines
        : lines.subList(lines.indexOf(nonBlank.get(header.size() - 1)) + 1, lines.size());
    List<Paragraph> body = Paragraph.split(bodyLines);

    Optional<AuthorBlock> authorBlock = AuthorBlock.find(body, authorLabels);
    int storyEnd = authorBlock.map(AuthorBlock::from).orElse(body.size());
    int firstProse = firstProse(body, storyEnd);
    int lastProse = lastProse(body, storyEnd);
    for (int i = 0; i < storyEnd; i++) {
      Paragraph paragraph = body.get(i);
      if (i > firstProse && i < lastProse && linkedHeadlines.isLinkedHeadline(paragraph)) {
        remove(article, source, paragraph.start(), paragraph.end(), Removal.LINKED_HEADLINE);
      } else {
        article.keep(paragraph.text());
      }
    }
    if (authorBlock.isPresent()) {
      remove(article, source, body.get(storyEnd).start(), body.get(body.size() - 1).end(), Removal.AUTHOR_BIO);
    }

    List<String> authors = new ArrayList<>(header.authors());
    String repostedBy = null;
    String blockName = authorBlock.map(AuthorBlock::name).orElse(null);
    if (blockName != null) {
      if (authors.isEmpty()) {
        authors.add(blockName); // with no byline, the block's author wrote the text
      } else if (authors.stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).equals(blockName.toLowerCase(Locale.ROOT)))) {
        repostedBy = blockName;
      }
    }
    String title = header.title() != null ? header.title() : headlineTitle(body, bodyLines);
    return new Cleaned(article.text(), title, header.outlet(), authors, header.published(), repostedBy, null, null,
        article.removed());
  }

  private static void remove(ArticleText article, String source, int start, int end, String reason) {
    article.remove(start, end, reason, source.substring(start, end));
  }

  /** The first paragraph when it is a headline of its own, followed by a blank line, as a pasted story's title is. */
  private static String headlineTitle(List<Paragraph> body, List<Line> lines) {
    if (body.size() < 2 || !body.get(0).isSingleLine()) {
      return null;
    }
    int at = lines.indexOf(body.get(0).lines().get(0));
    if (at + 1 >= lines.size() || !lines.get(at + 1).isBlank()) {
      return null;
    }
    String line = body.get(0).text();
    int words = HeadlineShape.words(line);
    char last = line.charAt(line.length() - 1);
    boolean punctuated = HeadlineShape.endsLikeSentence(line) && last != '?' && last != '!';
    if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || punctuated || PublishedDate.isWholeDate(line)
        || !Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.codePointAt(0))) {
      return null;
    }
    return line;
  }

  private static int firstProse(List<Paragraph> body, int end) {
    for (int i = 0; i < end; i++) {
      if (LinkedHeadlines.isProse(body.get(i))) {
        return i;
      }
    }
    return end;
  }

  private static int lastProse(List<Paragraph> body, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (LinkedHeadlines.isProse(body.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
