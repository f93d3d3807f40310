package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.kb.KbLink;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Tone;
import org.newsgraph.model.Truncation;

/**
 * The flow from a raw document to its {@link Analysis}: clean, then each stage in order. Built once per JVM (the
 * annotator's models are heavy) and safe to share across threads; the builder is the one place stages are composed,
 * and it checks their order once.
 */
public final class Pipeline {

  /** The language the stages are written for; articles in any other are output unanalyzed. */
  public static final String ANALYZED_LANGUAGE = "en";

  private final ArticleCleaner cleaner;
  private final LanguageIdentifier languages;
  private final List<Stage<?>> stages;

  private Pipeline(ArticleCleaner cleaner, LanguageIdentifier languages, List<Stage<?>> stages) {
    this.cleaner = cleaner;
    this.languages = languages;
    this.stages = List.copyOf(stages);
  }

  public static Builder builder(ArticleCleaner cleaner) {
    return new Builder(cleaner);
  }

  public Analysis analyze(RawDocument raw) throws RejectedInputException {
    return analyze(raw, StageListener.NONE);
  }

  /**
   * Analyzes one document, telling {@code listener} each stage's time.
   *
   * @throws StageFailedException when a stage fails, naming the stage and the document
   */
  public Analysis analyze(RawDocument raw, StageListener listener) throws RejectedInputException {
    return analyze(raw, WorkLimits.NONE, listener);
  }

  /**
   * Analyzes one document within {@code limits}, telling {@code listener} each stage's time (a listener may stop
   * the work between stages by throwing).
   *
   * @throws RejectedInputException {@code TOO_LARGE} when the cleaned text is over a limit and may not be truncated
   */
  public Analysis analyze(RawDocument raw, WorkLimits limits, StageListener listener)
      throws RejectedInputException {
    Bounded.checkMarkup(raw, limits);
    long started = System.nanoTime();
    Article article = cleaner.clean(raw).withProvenance(raw.metadata().fetched(), raw.metadata().flags(),
        raw.metadata().authors());
    listener.stageDone("clean", System.nanoTime() - started);
    if (languages != null) {
      started = System.nanoTime();
      article = withDetectedLanguage(article);
      listener.stageDone("language", System.nanoTime() - started);
      if (!article.language().equals(ANALYZED_LANGUAGE)) {
        // English NLP over another language yields confident nonsense: say so instead of producing facts.
        return assemble(raw.name(), null, Document.empty().with(Layers.ARTICLE,
            article.withProvenance(null, List.of(Article.LANGUAGE_NOT_ANALYZED))));
      }
    }
    Bounded bounded = Bounded.of(article, limits);
    Document document = Document.empty().with(Layers.ARTICLE, bounded.article());
    for (Stage<?> stage : stages) {
      document = run(stage, document, raw.name(), listener);
    }
    return assemble(raw.name(), bounded.truncation(), document);
  }

  /** The detected language wins over the page's declaration, which is often a site-wide default. */
  private Article withDetectedLanguage(Article article) {
    return languages.identify(article.text()).map(article::withLanguage).orElse(article);
  }

  private static <T> Document run(Stage<T> stage, Document document, String name, StageListener listener) {
    long started = System.nanoTime();
    T value;
    try {
      value = stage.compute(document);
    } catch (RuntimeException | StackOverflowError e) {
      throw new StageFailedException(stage.name(), name, e);
    }
    listener.stageDone(stage.name(), System.nanoTime() - started);
    return document.with(stage.produces(), value);
  }

  private static Analysis assemble(String input, Truncation truncation, Document document) {
    return new Analysis(Analysis.SCHEMA, input, truncation, document.get(Layers.ARTICLE), linked(document),
        document.find(Layers.QUOTES).orElse(List.of()), document.find(Layers.TIMES).orElse(List.of()),
        document.find(Layers.FIGURES).orElse(List.of()), document.find(Layers.EVENTS).orElse(List.of()),
        document.find(Layers.PLACES).orElse(List.of()),
        document.find(Layers.FOCUS).orElse(Focus.NONE), document.find(Layers.FRAMING).orElse(List.of()),
        document.find(Layers.TONE).orElse(Tone.NONE));
  }

  /** The entities with their knowledge-base facts attached. */
  private static List<Entity> linked(Document document) {
    List<Entity> entities = document.find(Layers.ENTITIES).orElse(List.of());
    Map<String, KbLink> links = document.find(Layers.LINKS).orElse(Map.of());
    return entities.stream().map(e -> links.containsKey(e.id()) ? new Entity(e.id(), e.name(), e.type(),
        e.aliases(), e.roles(), links.get(e.id()).facts(), e.mentions()) : e).toList();
  }

  /** Names of the stages in run order, after cleaning. */
  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  /** Composes a pipeline; {@link #build()} fails if a stage requires a layer no earlier stage produces. */
  public static final class Builder {
    private final ArticleCleaner cleaner;
    private final List<Stage<?>> stages = new ArrayList<>();
    private LanguageIdentifier languages;

    private Builder(ArticleCleaner cleaner) {
      this.cleaner = cleaner;
    }

    /** Tells each article's language first, and analyzes only those in {@link #ANALYZED_LANGUAGE}. */
    public Builder languages(LanguageIdentifier identifier) {
      this.languages = identifier;
      return this;
    }

    public Builder then(Stage<?> stage) {
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      Set<Layer<?>> available = new HashSet<>(Set.of(Layers.ARTICLE));
      for (Stage<?> stage : stages) {
        for (Layer<?> required : stage.requires()) {
          if (!available.contains(required)) {
            throw new IllegalStateException(
                "stage " + stage.name() + " requires layer " + required + ", which no earlier stage produces");
          }
        }
        if (!available.add(stage.produces())) {
          throw new IllegalStateException(
              "stage " + stage.name() + " produces layer " + stage.produces() + ", which is already produced");
        }
      }
      return new Pipeline(cleaner, languages, stages);
    }
  }
}
