package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.entity.NameGender;
import org.newsgraph.model.Cue;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Speaker;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.QuotationMarks;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * Finds who said what: direct, partial, mixed and indirect quotations with their speaker, cue and content, from the
 * quotation marks of the text and the dependency parse of its sentences: rules propose each attribution, learned
 * models (trained on PolNeAR train) decide which verbs are cues and where each span begins and ends; thread-safe.
 */
public final class QuoteStage implements Stage<List<Quote>> {

  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu} .,]*(\\([^)]*\\))?\\s*(―|—|–|--|-)\\s*");

  private final QuoteConfig config;
  private final CueLexicon lexicon;
  private final CueDetector detector;
  private final Map<String, String> anaphors;
  /** First-name and honorific genders, read once: "he" and "she" skip people of the other gender. */
  private final NameGender names;
  private final SpanRefiner refiner;

  public QuoteStage() {
    this(QuoteConfig.defaults());
  }

  public QuoteStage(QuoteConfig config) {
    this.config = config;
    this.lexicon = CueLexicon.load(config);
    this.detector = CueDetector.of(lexicon, config);
    this.anaphors = SpeakerResolver.loadAnaphors();
    this.names = NameGender.load();
    this.refiner = config.learnedSpans() ? SpanRefiner.load() : null;
  }

  @Override
  public String name() {
    return "quote";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ANNOTATED, Layers.QUOTATIONS, Layers.ENTITIES);
  }

  @Override
  public Layer<List<Quote>> produces() {
    return Layers.QUOTES;
  }

  @Override
  public List<Quote> compute(Document document) {
    return quotes(document.get(Layers.ANNOTATED), document.get(Layers.QUOTATIONS), document.get(Layers.ENTITIES));
  }

  /** The quotes of an annotated text, speakers linked to {@code entities} (which may be empty). */
  public List<Quote> quotes(Annotated annotated, List<Entity> entities) {
    return quotes(annotated, QuotationMarks.find(annotated), entities);
  }

  /** The quotes of an annotated text whose quoted stretches are known (the {@code quotations} layer). */
  public List<Quote> quotes(Annotated annotated, List<Quotation> quotations, List<Entity> entities) {
    String text = annotated.text();
    ClauseAttributor attributor = new ClauseAttributor(lexicon, detector, text, quotations);
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      if (!sentence.dependencies().isEmpty()) {
        candidates.addAll(attributor.find(annotated.parse().of(sentence)));
      }
    }
    List<Candidate> lines = SpeakerLines.find(annotated);
    if (!lines.isEmpty()) {
      // A transcript's speaker labels bound every content: nothing runs across "NAME:".
      candidates.removeIf(candidate -> lines.stream()
          .anyMatch(line -> candidate.contentOverlaps(line.cue().start(), line.cue().end())));
      lines.stream().filter(line -> SpeakerLines.quotes(text, line)).forEach(candidates::add);
    }
    List<Candidate> signed = SpeakerLines.signed(annotated);
    if (!signed.isEmpty()) {
      // "“…” ― Jane Doe": what the signed quotation says inside it ("I cannot believe …") is hers, not another
      // attribution.
      candidates.removeIf(candidate -> signed.stream()
          .anyMatch(line -> candidate.contentOverlaps(line.cue().start(), line.cue().end())
              || candidate.cue() != null && line.contentOverlaps(candidate.cue().start(), candidate.cue().end())));
      candidates.addAll(signed);
    }
    candidates.replaceAll(candidate -> withoutDateline(text, candidate));
    candidates.sort(Comparator.comparingInt(Candidate::start));
    candidates = withoutDuplicates(candidates);
    candidates = splitAtTrailingAttributions(text, candidates);
    candidates = new Continuations(annotated, quotations, config).apply(candidates);
    Map<Candidate, Double> spanProbabilities = new IdentityHashMap<>();
    if (refiner != null) {
      List<SpanRefiner.Refined> refined = refiner.refineScored(annotated, candidates);
      candidates = new ArrayList<>(refined.size());
      for (SpanRefiner.Refined r : refined) {
        candidates.add(r.candidate());
        spanProbabilities.put(r.candidate(), r.contentProbability());
      }
    }
    SourceEdges edges = new SourceEdges(annotated, entities);
    candidates.replaceAll(edges::apply);
    Map<Candidate, Speaker> speakers = speakers(annotated, entities, candidates);
    List<Quote> quotes = new ArrayList<>();
    for (Candidate candidate : candidates) {
      quotes.add(quote("q" + (quotes.size() + 1), text, candidate, speakers.get(candidate), quotations,
          cueProbability(annotated, candidate), spanProbabilities.get(candidate)));
    }
    return List.copyOf(quotes);
  }

  /**
   * The cue model's probability that the candidate's cue word attributes speech in its sentence (with the learned
   * cues off, the share of the verb's uses that are cues in PolNeAR train); null when the cue is no word the model
   * reads.
   */
  private Double cueProbability(Annotated annotated, Candidate candidate) {
    if (candidate.cue() == null || candidate.cueHead() < 0) {
      return null;
    }
    Token head = annotated.tokens().get(candidate.cueHead());
    Sentence sentence = annotated.sentenceOf(head);
    if (!CueFeatures.isCandidate(head) || sentence.dependencies().isEmpty()) {
      return null;
    }
    return detector.strength(annotated.parse().of(sentence), candidate.cueHead());
  }

  /**
   * A cue that follows its content ("..., X said") has no other attribution's cue inside that content: when it seems
   * to, the parse joined two clauses, and the inner attribution is the one to keep.
   */
  private static boolean swallowsAnother(Candidate candidate, List<Candidate> all) {
    if (candidate.cue() == null) {
      return false;
    }
    boolean postposed = candidate.cue().start() >= candidate.end();
    for (Candidate other : all) {
      if (other == candidate || other.cue() == null
          || !candidate.contentOverlaps(other.cue().start(), other.cue().end())) {
        continue;
      }
      boolean otherInside = other.start() >= candidate.start() && other.end() <= candidate.end();
      boolean crossed = other.contentOverlaps(candidate.cue().start(), candidate.cue().end());
      // "[X is expected to Y], Z said": the later cue frames the whole sentence, the earlier one is inside it.
      if (postposed && otherInside || !postposed && crossed && other.cue().start() >= other.end()) {
        return true;
      }
    }
    return false;
  }

  /** "WASHINGTON ― ..." opening a paragraph is the dateline, not what anyone said. */
  private static Candidate withoutDateline(String text, Candidate candidate) {
    Segment first = candidate.content().get(0);
    if (first.start() > 0 && text.charAt(first.start() - 1) != '\n') {
      return candidate;
    }
    java.util.regex.Matcher dateline = DATELINE.matcher(text).region(first.start(), first.end());
    if (!dateline.lookingAt() || dateline.end() >= first.end()) {
      return candidate;
    }
    List<Segment> parts = new ArrayList<>(candidate.content());
    parts.set(0, new Segment(dateline.end(), first.end()));
    return new Candidate(candidate.source(), candidate.sourceHead(), candidate.cue(), candidate.cueHead(), parts);
  }

  private static List<Candidate> withoutDuplicates(List<Candidate> sorted) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : sorted) {
      boolean duplicate = swallowsAnother(candidate, sorted);
      for (int i = kept.size() - 1; i >= 0 && i >= kept.size() - 3; i--) {
        if (kept.get(i).content().equals(candidate.content())) {
          duplicate = true;
        }
      }
      if (!duplicate) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  /**
   * "X said Y, though she acknowledged Z": when another attribution closes a content, the content ends where that
   * attribution's own words begin, so that each stretch belongs to one speaker.
   */
  private static List<Candidate> splitAtTrailingAttributions(String text, List<Candidate> sorted) {
    List<Candidate> result = new ArrayList<>(sorted);
    for (int i = 0; i < result.size(); i++) {
      Candidate outer = result.get(i);
      for (int j = i + 1; j < result.size() && result.get(j).start() < outer.end(); j++) {
        Candidate inner = result.get(j);
        if (inner.cue() == null || !outer.contentOverlaps(inner.cue().start(), inner.cue().end())
            || inner.end() < outer.end()) {
          continue;
        }
        int cut = inner.source() != null ? Math.min(inner.source().start(), inner.cue().start()) : inner.cue().start();
        cut = Math.min(cut, inner.start());
        if (cut <= outer.start()) {
          continue;
        }
        String before = text.substring(outer.start(), cut).stripTrailing();
        if (before.endsWith(",") || before.endsWith("—") || before.endsWith("―") || before.endsWith(" and")
            || before.endsWith(" but")) {
          Candidate trimmed = outer.endingBefore(cut, text);
          if (trimmed != null) {
            result.set(i, trimmed);
            outer = trimmed;
          }
        }
      }
    }
    return result;
  }

  private Map<Candidate, Speaker> speakers(Annotated annotated, List<Entity> entities, List<Candidate> candidates) {
    SpeakerResolver resolver = SpeakerResolver.forDocument(anaphors, names, annotated, entities);
    List<Candidate> bySource = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.source() != null) {
        bySource.add(candidate);
      }
    }
    bySource.sort(Comparator.comparingInt(c -> c.source().start()));
    Map<Candidate, Speaker> speakers = new IdentityHashMap<>();
    for (Candidate candidate : bySource) {
      int referent = -1;
      if (candidate.cueHead() >= 0 && candidate.source().end() - candidate.source().start() <= 5) {
        ParseView graph = annotated.parse().sentence(annotated.tokens().get(candidate.cueHead()).sentence());
        if (graph.relation(candidate.cueHead()).equals("acl:relcl")) {
          referent = graph.governor(candidate.cueHead());
        }
      }
      speakers.put(candidate, resolver.resolve(candidate.source(), candidate.sourceHead(), referent,
          candidate.content()));
    }
    return speakers;
  }

  private static Quote quote(String id, String text, Candidate candidate, Speaker speaker,
      List<Quotation> quotations, Double cueProbability, Double spanProbability) {
    Cue cue = candidate.cue() == null ? null
        : new Cue(text.substring(candidate.cue().start(), candidate.cue().end()), candidate.cue().start(),
            candidate.cue().end());
    return new Quote(id, text.substring(candidate.start(), candidate.end()), candidate.start(), candidate.end(),
        candidate.content(), kind(text, candidate.content(), quotations), speaker, cue, null,
        rounded(cueProbability), rounded(spanProbability));
  }

  /** Three decimals: more would claim a precision the models do not have. */
  private static Double rounded(Double probability) {
    return probability == null ? null : Math.round(probability * 1000) / 1000.0;
  }

  /**
   * Direct when every piece is a quotation; indirect when none holds one; mixed when a quoted stretch holding a
   * whole sentence joins the reporter's words; partial when only fragments are quoted.
   */
  static QuoteKind kind(String text, List<Segment> parts, List<Quotation> quotations) {
    boolean allQuoted = true;
    boolean anyQuoted = false;
    boolean sentenceQuoted = false;
    for (Segment part : parts) {
      boolean partQuoted = false;
      for (Quotation quotation : quotations) {
        if (quotation.start() >= part.end()) {
          break;
        }
        if (quotation.overlaps(part.start(), part.end())) {
          anyQuoted = true;
          partQuoted |= quotation.start() <= part.start() && quotation.end() >= part.end();
          String inside = text.substring(Math.max(part.start(), quotation.start()),
              Math.min(part.end(), quotation.end()));
          sentenceQuoted |= inside.matches("(?s).*[.?!…][”\"’'»]?\\s+\\p{Lu}.*");
        }
      }
      allQuoted &= partQuoted;
    }
    if (allQuoted) {
      return QuoteKind.DIRECT;
    }
    if (!anyQuoted) {
      return QuoteKind.INDIRECT;
    }
    return sentenceQuoted ? QuoteKind.MIXED : QuoteKind.PARTIAL;
  }
}
