package org.newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.store.query.Kind;

/**
 * Writes analyses and error records into a store folder. An article is stored under its content hash, so storing
 * the same article twice keeps one copy. Nothing is visible to readers, nor survives a crash, until
 * {@link #commit()}, which also records which inputs are done ({@link IngestRecord}).
 *
 * <p>One writer per store at a time (Lucene's lock); thread-safe, and faster with several threads storing.
 */
public final class StoreWriter implements AutoCloseable {

  /** The store folder used when none is given. */
  public static final Path DEFAULT_DIR = Path.of("newsgraph-store");

  private static final String ENGINE_KEY = "newsgraph.engine";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager written;
  private final AnalysisDocuments documents;
  private final IngestRecord record;
  private final Set<String> sinceRefresh = ConcurrentHashMap.newKeySet();
  private final CopyDetector copies;
  private final boolean findCopies;
  private final AtomicLong copyCpuNanos = new AtomicLong();
  /** Held shared by each write, alone by a commit. */
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
  private final String engine;

  private StoreWriter(Path folder, Directory directory, IndexWriter writer, IngestRecord record, String engine,
      boolean findCopies) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.written = new SearcherManager(writer, null);
    this.documents = new AnalysisDocuments();
    this.record = record;
    this.engine = engine;
    this.copies = new CopyDetector(writer);
    this.findCopies = findCopies;
  }

  /**
   * Opens the store in {@code folder} for writing, creating it if needed.
   *
   * @param engine the engine version recorded with each analysis written
   * @throws IOException also when another process is writing the store
   */
  public static StoreWriter open(Path folder, String engine) throws IOException {
    return open(folder, engine, true);
  }

  /**
   * Opens the store for writing; with {@code findCopies} false, articles are stored with no cluster of copies
   * (each counts as its own), which measures what finding copies costs.
   */
  public static StoreWriter open(Path folder, String engine, boolean findCopies) throws IOException {
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
    return new StoreWriter(folder, directory, writer, record, engine, findCopies);
  }

  public Path folder() {
    return folder;
  }

  /** The engine version this writer records with each analysis it stores. */
  public String engine() {
    return engine;
  }

  /** An analysis as the store holds it, and the input it was stored for. */
  public record StoredAnalysis(String input, Analysis analysis) {}

  /**
   * Hands {@code sink} every article analysis of the last commit that an engine other than {@code engine} made, in
   * index order, read one at a time from a view of the store that later commits do not change.
   */
  public void forEachAnalysisNotBy(String engine, Consumer<StoredAnalysis> sink)
      throws IOException {
    IndexSearcher searcher = written.acquire();
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(notBy(engine)),
          ScoreMode.COMPLETE_NO_SCORES, 1);
      StoredFields stored = searcher.storedFields();
      ObjectMapper mapper = new AnalysisJson().mapper();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(leaf.docBase + doc, Set.of(Fields.INPUT, Fields.ANALYSIS));
          BytesRef json = d.getBinaryValue(Fields.ANALYSIS);
          sink.accept(new StoredAnalysis(d.get(Fields.INPUT),
              mapper.readValue(json.bytes, json.offset, json.length, Analysis.class)));
        }
      }
    } finally {
      written.release(searcher);
    }
  }

  /** How many article analyses of the last commit an engine other than {@code engine} made. */
  public long countAnalysesNotBy(String engine) throws IOException {
    IndexSearcher searcher = written.acquire();
    try {
      return searcher.count(notBy(engine));
    } finally {
      written.release(searcher);
    }
  }

  private static Query notBy(String engine) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Kind.ARTICLE.label())), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ENGINE, Keys.of(engine))), Occur.MUST_NOT)
        .build();
  }

  /** Which inputs are done: as of the last commit, plus what this writer has marked since. */
  public synchronized IngestRecord record() {
    return record;
  }

  /** Whether an article with this id is stored (committed or written by this writer). */
  public boolean contains(String articleId) throws IOException {
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
   * is false, and places the article in its cluster of syndicated copies. An error record left by an earlier try
   * of the same input is removed. Threads may store at the same time: the documents are built and indexed in
   * parallel, only the placing in a cluster is one at a time.
   *
   * @return whether it was written
   */
  public boolean put(Analysis analysis, String input, boolean replace) throws IOException {
    String id = analysis.article().id();
    if (!replace && contains(id)) {
      // Stored already: no need to build its documents (checked again below, where it counts).
      dropErrorOf(input);
      return false;
    }
    long cpu = findCopies ? THREADS.getCurrentThreadCpuTime() : 0;
    CopyDetector.Signed signed = findCopies ? copies.sign(analysis.article()) : null;
    if (findCopies) {
      copyCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
    }
    List<Document> docs = documents.of(analysis, input, engine);
    gate.readLock().lock();
    try {
      writer.deleteDocuments(new Term(Fields.KEY, AnalysisDocuments.errorKey(input)));
      String origin;
      boolean replacing;
      IndexSearcher searcher = written.acquire();
      try {
        // The check and the placing are one step, so that two threads storing one article store it once.
        synchronized (copies) {
          boolean stored = contains(id);
          if (stored && !replace) {
            return false;
          }
          replacing = stored;
          if (findCopies) {
            cpu = THREADS.getCurrentThreadCpuTime();
            origin = stored ? copies.originOf(id, searcher) : null;
            if (origin == null) {
              origin = copies.place(id, signed, searcher);
            }
            copyCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
          } else {
            origin = null;
          }
          sinceRefresh.add(id);
        }
      } finally {
        written.release(searcher);
      }
      if (findCopies) {
        CopyDetector.addFields(docs.get(0), signed, origin);
      }
      if (replacing) {
        writer.updateDocuments(new Term(Fields.ARTICLE, id), docs);
      } else {
        // A new article has nothing to delete: no delete term to buffer and apply to every segment.
        writer.addDocuments(docs);
      }
      return true;
    } finally {
      gate.readLock().unlock();
    }
  }

  /** Removes an earlier error record of {@code input}, for an input whose article is stored already. */
  private void dropErrorOf(String input) throws IOException {
    gate.readLock().lock();
    try {
      writer.deleteDocuments(new Term(Fields.KEY, AnalysisDocuments.errorKey(input)));
    } finally {
      gate.readLock().unlock();
    }
  }

  /** The CPU time this writer's threads have spent finding copies (signing, finding candidates, placing). */
  public long copyCpuNanos() {
    return copyCpuNanos.get();
  }

  /** Stores the error record of an input, in place of any earlier one of the same input. */
  public void putError(ErrorRecord error) throws IOException {
    gate.readLock().lock();
    try {
      writer.updateDocument(new Term(Fields.KEY, AnalysisDocuments.errorKey(error.input())),
          documents.error(error));
    } finally {
      gate.readLock().unlock();
    }
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
  public void commit() throws IOException {
    // No article is half stored while the commit is cut: its documents and its cluster's record go in together.
    gate.writeLock().lock();
    try {
      copies.writeRecords();
      synchronized (this) {
        writer.setLiveCommitData(Map.of(IngestRecord.USER_DATA_KEY, record.encode(), ENGINE_KEY, engine)
            .entrySet());
      }
      writer.commit();
      written.maybeRefreshBlocking();
      sinceRefresh.clear();
      copies.committed();
    } finally {
      gate.writeLock().unlock();
    }
  }

  /**
   * Merges the store's segments into at most {@code maxSegments} and commits. A store that has stopped growing answers
   * faster from one segment: facet counts then read each value's number directly, with no map from every segment's
   * numbering of the values to the store's. The merge writes a second copy of the store before the first is
   * removed, so it needs the store's size again in free disk.
   */
  public void forceMerge(int maxSegments) throws IOException {
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments must be at least 1, not " + maxSegments);
    }
    writer.forceMerge(maxSegments);
    commit();
  }

  /** The number of segments in the store's last commit. */
  public int committedSegments() throws IOException {
    return SegmentInfos.readLatestCommit(directory).size();
  }

  /** Closes without committing: what was written since the last commit is dropped, as after a crash. */
  @Override
  public void close() throws IOException {
    gate.writeLock().lock();
    try {
      written.close();
      writer.rollback();
    } finally {
      directory.close();
      gate.writeLock().unlock();
    }
  }

  /** Commits, then closes. */
  public void commitAndClose() throws IOException {
    commit();
    close();
  }

}
