package org.newsgraph.store.ingest;

/**
 * What an ingest did.
 *
 * @param sourcesSkipped sources the store already had in full (left unread)
 * @param items inputs or JSON Lines records read and handled in this run
 * @param stored analyses written
 * @param alreadyStored analyses of articles the store already had (same content hash), not written again
 * @param errors error records written
 * @param commits commits made
 */
public record IngestSummary(long sourcesSkipped, long items, long stored, long alreadyStored, long errors,
    long commits) {

  public static final IngestSummary NONE = new IngestSummary(0, 0, 0, 0, 0, 0);
}
