package org.newsgraph.entity;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.QuotationMarks;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * Groups the article's name mentions into document entities (ids {@code e1}, {@code e2}, ... in order of first
 * mention), each with a canonical name, a type, aliases, the titles the article gives it and every mention's
 * offsets.
 *
 * <p>Mentions are CoreNLP's PERSON, ORGANIZATION, LOCATION and MISC spans (numbers and times are left to other
 * stages), corrected by rules: a title before a name becomes the person's role ("Secretary of State Antony
 * Blinken"), a surname joins the full name (not one of the other gender: "Mrs. Clinton" is not "Bill Clinton",
 * see {@link NameGender}), an acronym its expansion, a singular demonym ("Belarusian") is a
 * mention of its country, a plural one ("Ukrainians") a NATIONALITY entity of its own (the people, not the state),
 * and locations are typed COUNTRY, STATE_OR_PROVINCE, CITY or LOCATION by the knowledge base's countries and
 * gazetteer ({@link Gazetteer}).
 *
 * <p>Each mention says how it refers ({@link org.newsgraph.model.MentionKind}): names, aliases and demonyms come
 * from the recognizer; pronouns, descriptions and titles ("he", "the alliance", "the president") are then resolved
 * to the entities named before them ({@link Coreference}) and added as mentions of those, for every later stage to
 * read. Knowledge-base linking comes later; {@code kb} stays empty.
 *
 * <p>Requires {@link Layers#ARTICLE}, {@link Layers#ANNOTATED} and {@link Layers#QUOTATIONS}; thread-safe; loads
 * its word lists once, when built.
 */
public final class EntityStage implements Stage<List<Entity>> {

  private final MentionFinder finder;
  private final EntityGrouper grouper;
  private final Coreference coreference;

  public EntityStage() {
    this(Gazetteer.load());
  }

  public EntityStage(Gazetteer gazetteer) {
    Titles titles = Titles.load();
    NameGender names = NameGender.load();
    this.finder = new MentionFinder(gazetteer, titles);
    this.grouper = new EntityGrouper(gazetteer, names);
    this.coreference = new Coreference(Anaphors.load(), titles, names);
  }

  @Override
  public String name() {
    return "entity";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ANNOTATED, Layers.QUOTATIONS);
  }

  @Override
  public Layer<List<Entity>> produces() {
    return Layers.ENTITIES;
  }

  @Override
  public List<Entity> compute(Document document) {
    Article article = document.get(Layers.ARTICLE);
    return entities(document.get(Layers.ANNOTATED), document.get(Layers.QUOTATIONS), article.outlet());
  }

  /** The entities of an annotated text; {@code outlet} (may be null) is the publishing outlet's name. */
  public List<Entity> entities(Annotated annotated, String outlet) {
    return entities(annotated, QuotationMarks.find(annotated), outlet);
  }

  /** The entities of an annotated text whose quoted stretches are known (the {@code quotations} layer). */
  public List<Entity> entities(Annotated annotated, List<Quotation> quotations, String outlet) {
    return coreference.resolve(annotated, quotations,
        grouper.group(annotated.text(), finder.find(annotated, outlet)));
  }
}
