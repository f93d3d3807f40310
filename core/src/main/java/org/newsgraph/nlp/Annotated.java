package org.newsgraph.nlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The linguistic annotation of one text: tokens, sentences, named spans and temporal expressions, all as character
 * offsets into {@code text}, and the document's one dependency-parse index. Immutable; nothing of the NLP library
 * behind it shows through.
 *
 * <p>A class rather than a record only so that it can hold the parse index, built on first use and then shared by
 * every stage that reads this annotation; equality, the JSON form (the evaluation caches) and the accessors are
 * those of the record it was: the five components.
 */
@JsonPropertyOrder({"text", "tokens", "sentences", "names", "timexes"})
public final class Annotated {

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<NamedSpan> names;
  private final List<Timex> timexes;
  /** Built on first use; volatile because several stages, on several threads, may read one annotation. */
  private volatile DocumentParse parse;
  private final Object parseLock = new Object();

  @JsonCreator
  public Annotated(@JsonProperty("text") String text, @JsonProperty("tokens") List<Token> tokens,
      @JsonProperty("sentences") List<Sentence> sentences, @JsonProperty("names") List<NamedSpan> names,
      @JsonProperty("timexes") List<Timex> timexes) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.names = List.copyOf(names);
    this.timexes = List.copyOf(timexes);
  }

  @JsonProperty("text")
  public String text() {
    return text;
  }

  @JsonProperty("tokens")
  public List<Token> tokens() {
    return tokens;
  }

  @JsonProperty("sentences")
  public List<Sentence> sentences() {
    return sentences;
  }

  @JsonProperty("names")
  public List<NamedSpan> names() {
    return names;
  }

  @JsonProperty("timexes")
  public List<Timex> timexes() {
    return timexes;
  }

  /** The dependency parse of the whole document, the same index for every stage that asks. */
  public DocumentParse parse() {
    DocumentParse built = parse;
    if (built == null) {
      synchronized (parseLock) {
        built = parse;
        if (built == null) {
          built = new DocumentParse(this);
          parse = built;
        }
      }
    }
    return built;
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The sentence holding a token. */
  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /** The sentence covering a character offset, or the last one starting before it. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sentences.get(lo);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Annotated that && Objects.equals(text, that.text)
        && tokens.equals(that.tokens) && sentences.equals(that.sentences) && names.equals(that.names)
        && timexes.equals(that.timexes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, tokens, sentences, names, timexes);
  }

  @Override
  public String toString() {
    return "Annotated[text=" + text + ", tokens=" + tokens + ", sentences=" + sentences + ", names=" + names
        + ", timexes=" + timexes + "]";
  }
}
