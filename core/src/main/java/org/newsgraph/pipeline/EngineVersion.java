package org.newsgraph.pipeline;

/**
 * The version of the analysis engine. A store records it with each analysis, so that after an upgrade a user can
 * tell which articles were analyzed by an older engine and re-analyze them.
 */
public final class EngineVersion {

  /** Raised with every release whose analyses differ from the previous one's. */
  public static final String CURRENT = "0.1.0";

  private EngineVersion() {}
}
