package org.newsgraph.pipeline;

/**
 * A named kind of annotation a stage produces and later stages read; identity is the name.
 *
 * @param <T> the value type of the layer
 */
public final class Layer<T> {

  private final String name;

  private Layer(String name) {
    this.name = name;
  }

  public static <T> Layer<T> named(String name) {
    return new Layer<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Layer<?> layer && layer.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
