package org.newsgraph.pipeline;

import java.util.Set;

/**
 * One step of the flow: reads the layers it requires and computes the one it produces. Implementations are
 * thread-safe; the {@link Pipeline} attaches the result.
 *
 * @param <T> the type of the produced layer
 */
public interface Stage<T> {

  /** A short name for timings and errors. */
  String name();

  Set<Layer<?>> requires();

  Layer<T> produces();

  T compute(Document document);
}
