package org.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.newsgraph.event.CoderOptions;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.RejectedInputException.Reason;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.model.Analysis;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageListener;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.quote.QuoteConfig;

/**
 * The engine as a library: the standard pipeline, configured once by {@link #builder()}, then shared by every
 * thread that analyzes articles (build it once per JVM: the models take a minute and 1.5 GB to load).
 *
 * <pre>{@code
 * Newsgraph engine = Newsgraph.builder().build();
 * Analysis analysis = engine.analyzeText("story.txt", text, new SourceMetadata(null, null, "Example Wire",
 *     "2024-03-05"));
 * }</pre>
 */
public final class Newsgraph {

  private static final String VERSION = readVersion();

  private final Pipeline pipeline;
  private final ReadOptions reading;
  private final BatchOptions batches;
  private final DocumentReader reader = new DocumentReader();

  private Newsgraph(Pipeline pipeline, ReadOptions reading, BatchOptions batches) {
    this.pipeline = pipeline;
    this.reading = reading;
    this.batches = batches;
  }

  /** A builder with newsgraph's defaults: the measured CoreNLP configuration, quote models and event coding. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The version of the engine, as the build wrote it; a store records it beside each analysis, since a new
   * version may analyze the same article differently.
   */
  public static String version() {
    return VERSION;
  }

  /**
   * Analyzes one document.
   *
   * @throws RejectedInputException when the document is over the size limit of {@link Builder#reading} or a work
   *     limit of {@link Builder#batches} (without truncation), or cleaning leaves no text
   * @throws org.newsgraph.pipeline.StageFailedException when a stage fails on it, naming the stage and document
   */
  public Analysis analyze(RawDocument raw) throws RejectedInputException {
    return analyze(raw, StageListener.NONE);
  }

  /** Analyzes one document, telling {@code listener} each stage's time. */
  public Analysis analyze(RawDocument raw, StageListener listener) throws RejectedInputException {
    Objects.requireNonNull(raw, "raw");
    if (raw.content().length() > reading.maxBytes() || raw.utf8Length() > reading.maxBytes()) {
      throw new RejectedInputException(Reason.TOO_LARGE, raw.name() + " is larger than the limit of "
          + reading.maxBytes() + " bytes");
    }
    // The batch's work limits bound a single analysis too: the annotator must not meet an unbounded text.
    return pipeline.analyze(raw, batches.limits(), listener);
  }

  /**
   * Analyzes a plain-text article.
   *
   * @param name names the article in error messages
   * @param metadata what is known of it (outlet, publication date: relative dates are resolved against it)
   */
  public Analysis analyzeText(String name, String text, SourceMetadata metadata) throws RejectedInputException {
    return analyze(new RawDocument(name, text, InputFormat.TEXT, metadata));
  }

  /** Reads a file (text, HTML, JSON or JSON Lines) into documents, with the reading options of this engine. */
  public List<Ingested> read(Path path) {
    return reader.read(path, reading);
  }

  /** Reads a stream into documents, named {@code name} in error records. */
  public List<Ingested> read(InputStream in, String name) {
    return reader.read(in, name, reading);
  }

  /**
   * Analyzes many documents on the threads of {@link Builder#batches}, handing {@code sink} one outcome per input
   * in input order; a document that fails or runs over the time limit becomes its error record, and the rest go
   * on.
   */
  public void analyzeAll(Iterator<Ingested> inputs, Consumer<Outcome> sink) {
    try (BatchAnalyzer batch = batch()) {
      batch.analyze(inputs, sink);
    }
  }

  /** A batch analyzer over this engine, for callers that run many batches on one pool of threads; close it. */
  public BatchAnalyzer batch() {
    return new BatchAnalyzer(pipeline, batches);
  }

  /** The composed stages, for those that need their names (benchmarks) or run them by hand. */
  public Pipeline pipeline() {
    return pipeline;
  }

  public ReadOptions reading() {
    return reading;
  }

  public BatchOptions batches() {
    return batches;
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = Newsgraph.class.getResourceAsStream("engine.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/newsgraph/engine.properties is missing from the build");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/newsgraph/engine.properties", e);
    }
    return properties.getProperty("version");
  }

  /** Configures an engine; every setting has newsgraph's default, so {@code builder().build()} is a full engine. */
  public static final class Builder {
    private CoreNlpConfig backbone;
    private TextAnnotator annotator;
    private KnowledgeBase knowledgeBase;
    private QuoteConfig quotes = QuoteConfig.defaults();
    private CoderOptions events = CoderOptions.news();
    private ReadOptions reading = ReadOptions.defaults();
    private BatchOptions batches = BatchOptions.defaults();

    private Builder() {}

    /** The CoreNLP configuration (NER models, fine-grained NER, the parser); by default {@link CoreNlpConfig#defaults()}. */
    public Builder backbone(CoreNlpConfig config) {
      this.backbone = Objects.requireNonNull(config, "backbone");
      return this;
    }

    /**
     * An annotator to use instead of building CoreNLP from {@link #backbone}: one already loaded, or one that
     * caches or counts.
     */
    public Builder annotator(TextAnnotator textAnnotator) {
      this.annotator = Objects.requireNonNull(textAnnotator, "annotator");
      return this;
    }

    /** A knowledge base already loaded (load it once per JVM); by default the compiled one is loaded. */
    public Builder knowledgeBase(KnowledgeBase kb) {
      this.knowledgeBase = Objects.requireNonNull(kb, "knowledgeBase");
      return this;
    }

    /** How the quote stage decides cues and spans. */
    public Builder quotes(QuoteConfig config) {
      this.quotes = Objects.requireNonNull(config, "quotes");
      return this;
    }

    /** Which codings the event coder keeps (recipients required, places as recipients). */
    public Builder events(CoderOptions options) {
      this.events = Objects.requireNonNull(options, "events");
      return this;
    }

    /** How inputs are read: format, metadata that wins over the input's, the size limit, a charset to force. */
    public Builder reading(ReadOptions options) {
      this.reading = Objects.requireNonNull(options, "reading");
      return this;
    }

    /**
     * How documents run: worker threads, the time one document may take, and the work limits (tokens, sentence
     * length), which apply to single documents too.
     */
    public Builder batches(BatchOptions options) {
      this.batches = Objects.requireNonNull(options, "batches");
      return this;
    }

    /** Loads the models and resources and composes the pipeline; takes a minute, do it once. */
    public Newsgraph build() {
      if (annotator != null && backbone != null) {
        throw new IllegalStateException("backbone and annotator are alternatives: give one of them");
      }
      if (annotator != null) {
        KnowledgeBase kb = knowledgeBase != null ? knowledgeBase : KnowledgeBase.load();
        return new Newsgraph(StandardPipeline.build(annotator, kb, quotes, events), reading, batches);
      }
      // CoreNLP's models take most of the loading; the knowledge base and the other stages load on this thread
      // meanwhile, so that a cold start costs about the longer of the two, not their sum.
      CoreNlpConfig config = backbone != null ? backbone : CoreNlpConfig.defaults();
      CompletableFuture<TextAnnotator> backboneLoad = new CompletableFuture<>();
      Thread loader = new Thread(() -> {
        try {
          backboneLoad.complete(new CoreNlpAnnotator(config));
        } catch (Throwable e) {
          backboneLoad.completeExceptionally(e);
        }
      }, "newsgraph-backbone-load");
      loader.setDaemon(true);
      loader.start();
      KnowledgeBase kb = knowledgeBase != null ? knowledgeBase : KnowledgeBase.load();
      Pipeline pipeline = StandardPipeline.build(new Loading(backboneLoad), kb, quotes, events);
      try {
        backboneLoad.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
      return new Newsgraph(pipeline, reading, batches);
    }
  }

  /** The backbone while it loads on another thread; {@link Builder#build()} returns only once it has loaded. */
  private record Loading(CompletableFuture<TextAnnotator> backbone) implements TextAnnotator {
    @Override
    public Annotated annotate(String text, LocalDate anchor) {
      return backbone.join().annotate(text, anchor);
    }
  }
}
