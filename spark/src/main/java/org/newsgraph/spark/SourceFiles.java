package org.newsgraph.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.newsgraph.ingest.DocumentReader;
import scala.Tuple2;

/**
 * Reads the input files into source records with the core's {@link DocumentReader}: a JSON Lines file gives one
 * record a line, a text, HTML or JSON file one record (or one per item of a JSON array), gzip unpacked, each bad file
 * or line a rejected record named as {@code newsgraph analyze} names it ({@code feed.jsonl#3}) but by its full URI;
 * a web archive one record per HTML page, streamed through {@link FileRecords}.
 */
final class SourceFiles {

  private SourceFiles() {}

  /**
   * The records of {@code input}: a file, a folder (read recursively), a glob or a comma-separated list of these, on
   * any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}, {@code gs:}...).
   */
  static JavaRDD<SourceRecord> read(JavaSparkContext context, String input, JobOptions options) {
    context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    return context.binaryFiles(input).flatMap(file -> records(file, options));
  }

  private static Iterator<SourceRecord> records(Tuple2<String, PortableDataStream> file, JobOptions options) {
    FileRecords records = new FileRecords(file._1(), file._2()::open, options.readOptions());
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> records.close());
    }
    return records;
  }
}
