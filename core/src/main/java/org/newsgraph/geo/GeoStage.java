package org.newsgraph.geo;

import java.util.List;
import java.util.Set;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * Geoparsing: the article's country, city, division and location entities resolved to gazetteer entries with
 * coordinates (see {@link PlaceResolver}). Requires {@link Layers#ARTICLE} and {@link Layers#ENTITIES}; produces
 * {@link Layers#PLACES}. Thread-safe.
 */
public final class GeoStage implements Stage<List<Place>> {

  private final PlaceResolver resolver;

  public GeoStage(KnowledgeBase kb) {
    this.resolver = new PlaceResolver(kb);
  }

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ENTITIES);
  }

  @Override
  public Layer<List<Place>> produces() {
    return Layers.PLACES;
  }

  @Override
  public List<Place> compute(Document document) {
    return resolver.resolve(document.get(Layers.ARTICLE).text(), document.get(Layers.ENTITIES));
  }
}
