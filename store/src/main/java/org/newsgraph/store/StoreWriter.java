package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.ErrorRecord;

/**
 * Writes analyses and error records into a store folder. An article is stored under its content hash, so storing
 * the same article twice keeps one copy. Nothing is visible to readers, nor survives a crash, until
 * {@link #commit()}, which also records which inputs are done ({@link IngestRecord}).
 *
 * <p>One writer per store at a time (Lucene's lock); thread-safe.
 */
public final class StoreWriter implements AutoCloseable {

  /** The store folder used when none is given. */
  public static final Path DEFAULT_DIR = Path.of("newsgraph-store");

  private static final String ENGINE_KEY = "newsgraph.engine";

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager written;
  private final AnalysisDocuments documents;
  private final IngestRecord record;
  private final Set<String> sinceRefresh = new HashSet<>();
  private final String engine;

  private StoreWriter(Path folder, Directory directory, IndexWriter writer, IngestRecord record, String engine)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.written = new SearcherManager(writer, null);
    this.documents = new AnalysisDocuments(AnalysisDocuments.facetsConfig());
    this.record = record;
    this.engine = engine;
  }

  /**
   * Opens the store in {@code folder} for writing, creating it if needed.
   *
   * @param engine the engine version recorded with each analysis written
   * @throws IOException also when another process is writing the store
   */
  public static StoreWriter open(Path folder, String engine) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(StoreAnalyzers.forText())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        // Flushing at 64 MB keeps an ingest's heap the same whatever the store's size.
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(false);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("the store " + folder + " is being written by another process", e);
    }
    IngestRecord record = IngestRecord.empty();
    if (DirectoryReader.indexExists(directory)) {
      record = IngestRecord.decode(SegmentInfos.readLatestCommit(directory).getUserData()
          .get(IngestRecord.USER_DATA_KEY));
    }
    return new StoreWriter(folder, directory, writer, record, engine);
  }

  public Path folder() {
    return folder;
  }

  /** Which inputs are done: as of the last commit, plus what this writer has marked since. */
  public synchronized IngestRecord record() {
    return record;
  }

  /** Whether an article with this id is stored (committed or written by this writer). */
  public synchronized boolean contains(String articleId) throws IOException {
    if (sinceRefresh.contains(articleId)) {
      return true;
    }
    IndexSearcher searcher = written.acquire();
    try {
      return searcher.count(new TermQuery(new Term(Fields.ARTICLE, articleId))) > 0;
    } finally {
      written.release(searcher);
    }
  }

  /**
   * Stores an analysis of {@code input} and its facts, unless the article is already stored and {@code replace}
   * is false. An error record left by an earlier try of the same input is removed.
   *
   * @return whether it was written
   */
  public synchronized boolean put(Analysis analysis, String input, boolean replace) throws IOException {
    String id = analysis.article().id();
    writer.deleteDocuments(new Term(Fields.KEY, AnalysisDocuments.errorKey(input)));
    if (!replace && contains(id)) {
      return false;
    }
    List<Document> docs = documents.of(analysis, input, engine);
    writer.updateDocuments(new Term(Fields.ARTICLE, id), docs);
    sinceRefresh.add(id);
    return true;
  }

  /** Stores the error record of an input, in place of any earlier one of the same input. */
  public synchronized void putError(ErrorRecord error) throws IOException {
    writer.updateDocument(new Term(Fields.KEY, AnalysisDocuments.errorKey(error.input())), documents.error(error));
  }

  /** Marks the first {@code items} items of {@code source} as stored; takes effect at the next commit. */
  public synchronized void itemsDone(String source, long items) {
    record.itemsDone(source, items);
  }

  /** Marks all of {@code source} as stored; takes effect at the next commit. */
  public synchronized void sourceDone(String source) {
    record.complete(source);
  }

  /** Forgets that {@code source} was done, so that it is read again (to replace what it gave). */
  public synchronized void forget(String source) {
    record.forget(source);
  }

  /** Makes everything written so far durable and visible, with the record of done inputs, in one commit. */
  public synchronized void commit() throws IOException {
    writer.setLiveCommitData(Map.of(IngestRecord.USER_DATA_KEY, record.encode(), ENGINE_KEY, engine).entrySet());
    writer.commit();
    written.maybeRefreshBlocking();
    sinceRefresh.clear();
  }

  /** Closes without committing: what was written since the last commit is dropped, as after a crash. */
  @Override
  public synchronized void close() throws IOException {
    try {
      written.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  /** Commits, then closes. */
  public void commitAndClose() throws IOException {
    commit();
    close();
  }

}
