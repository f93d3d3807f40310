package org.newsgraph.geo;

import java.util.Set;
import org.newsgraph.model.Focus;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * The article's focus countries and place (see {@link FocusFinder}). Requires {@link Layers#ENTITIES},
 * {@link Layers#PLACES} and {@link Layers#LINKS}; produces {@link Layers#FOCUS}. Thread-safe.
 */
public final class FocusStage implements Stage<Focus> {

  private final FocusFinder finder = new FocusFinder();

  @Override
  public String name() {
    return "focus";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ENTITIES, Layers.PLACES, Layers.LINKS);
  }

  @Override
  public Layer<Focus> produces() {
    return Layers.FOCUS;
  }

  @Override
  public Focus compute(Document document) {
    return finder.find(document.get(Layers.ENTITIES), document.get(Layers.PLACES), document.get(Layers.LINKS));
  }
}
