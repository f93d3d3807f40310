package org.newsgraph.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An article and the layers stages have computed over it so far; immutable, each stage adds one layer. */
public final class Document {

  private final Map<Layer<?>, Object> layers;

  private Document(Map<Layer<?>, Object> layers) {
    this.layers = Map.copyOf(layers);
  }

  public static Document empty() {
    return new Document(Map.of());
  }

  /** This document with one more layer; fails if the layer is already there. */
  public <T> Document with(Layer<T> layer, T value) {
    if (layers.containsKey(layer)) {
      throw new IllegalStateException("layer " + layer + " is already set");
    }
    Map<Layer<?>, Object> next = new HashMap<>(layers);
    next.put(layer, value);
    return new Document(next);
  }

  /** The value of a layer a stage declared it requires; fails if absent. */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("layer " + layer + " has not been computed");
    }
    return (T) value;
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }
}
