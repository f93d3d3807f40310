package org.newsgraph.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * Links the article's entities to the knowledge base (see {@link EntityLinker}), as of the article's publication
 * date. Requires {@link Layers#ARTICLE}, {@link Layers#ENTITIES} and {@link Layers#PLACES}; produces
 * {@link Layers#LINKS}. Thread-safe.
 */
public final class EntityLinkStage implements Stage<Map<String, KbLink>> {

  private final EntityLinker linker;

  public EntityLinkStage(KnowledgeBase kb) {
    this.linker = new EntityLinker(kb);
  }

  @Override
  public String name() {
    return "link";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ENTITIES, Layers.PLACES);
  }

  @Override
  public Layer<Map<String, KbLink>> produces() {
    return Layers.LINKS;
  }

  @Override
  public Map<String, KbLink> compute(Document document) {
    return linker.link(document.get(Layers.ENTITIES), document.get(Layers.PLACES),
        publishedDate(document.get(Layers.ARTICLE)));
  }

  /** The date part of the article's ISO-8601 publication date, or null when absent or unreadable. */
  public static LocalDate publishedDate(Article article) {
    String published = article.published();
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
