package org.newsgraph.spark;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: read the input, spread its documents over the cluster, analyze each partition with the executor's
 * pipeline, then write every table under the output root, partitioned by publication date. A rerun replaces only the
 * dates it writes (dynamic partition overwrite), so running twice over the same input duplicates nothing.
 */
public final class AnalysisJob {

  private final SparkSession spark;
  private final JobOptions options;

  public AnalysisJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /** Runs over {@code input} into {@code output}. */
  public JobReport run(String input, String output) {
    long started = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<SourceRecord> records = SourceFiles.read(context, input, options);
    // Reading is cheap and analysis is not: the shuffle lets a single large feed use every core.
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();
    JavaRDD<TableRow> rows = records.repartition(partitions)
        .mapPartitions(new AnalyzePartition(options))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      // Counting is the action that analyzes (and caches) every partition; the writes then read the cache.
      Map<Table, Long> counts = new EnumMap<>(Table.class);
      rows.map(TableRow::table).countByValue().forEach(counts::put);
      long analyzed = System.nanoTime();
      Map<String, Long> written = new HashMap<>();
      for (Table table : Table.values()) {
        write(rows, table, output);
        written.put(table.dir(), counts.getOrDefault(table, 0L));
      }
      return new JobReport(written, Duration.ofNanos(analyzed - started), Duration.ofNanos(System.nanoTime() - analyzed));
    } finally {
      rows.unpersist(false);
    }
  }

  private void write(JavaRDD<TableRow> rows, Table table, String output) {
    JavaRDD<Row> tableRows = rows.filter(row -> row.table() == table).map(TableRow::row);
    Dataset<Row> frame = spark.createDataFrame(tableRows, table.schema());
    var writer = frame.write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy(Table.PARTITION);
    String path = output.replaceAll("/+$", "") + "/" + table.dir();
    if (table == Table.JSON) {
      writer.option("compression", "gzip").text(path);
    } else {
      writer.parquet(path);
    }
  }
}
