package org.newsgraph.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What a store holds, as {@code newsgraph store stats} prints it.
 *
 * @param entities entities as articles have them (one per entity per article)
 * @param distinctEntities distinct entity names (knowledge-base names where linked)
 * @param first the earliest publication date, null when no article has one
 * @param engines articles per engine version that analyzed them
 * @param bytes size of the store folder on disk
 */
@JsonPropertyOrder({"articles", "errors", "entities", "distinct_entities", "quotes", "events", "times", "figures",
    "outlets", "first", "last", "engines", "bytes"})
public record StoreStats(long articles, long errors, long entities,
    @JsonProperty("distinct_entities") long distinctEntities, long quotes, long events, long times, long figures,
    long outlets, String first, String last, Map<String, Long> engines, long bytes) {

  public StoreStats {
    engines = Map.copyOf(engines);
  }
}
