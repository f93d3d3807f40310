package org.newsgraph.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's outputs: the analyses as JSON Lines, and one Parquet table per kind of fact, one row per fact. Every
 * table ends with {@code published_date}, the partition column; docs/spark.md describes each column.
 */
enum Table {
  JSON("json", "json", StringType),
  ARTICLES("articles",
      "article_id", StringType, "input", StringType, "truncated", StringType, "url", StringType, "title", StringType, "outlet", StringType,
      "authors", createArrayType(StringType), "published", StringType, "fetched", StringType, "flags", createArrayType(StringType),
      "language", StringType, "text", StringType, "reposted_by", StringType, "removed", createArrayType(createStructType(List.of(
          createStructField("start", IntegerType, false), createStructField("end", IntegerType, false),
          createStructField("reason", StringType, true)))),
      "focus_country", StringType, "focus_countries", createArrayType(StringType), "tone_score", DoubleType,
      "tone_positive", DoubleType, "tone_negative", DoubleType, "tone_words", IntegerType,
      "entities", IntegerType, "quotes", IntegerType, "times", IntegerType, "figures", IntegerType,
      "events", IntegerType),
  ENTITIES("entities",
      "article_id", StringType, "entity_id", StringType, "name", StringType, "type", StringType,
      "aliases", createArrayType(StringType), "roles", createArrayType(StringType), "mentions", IntegerType,
      "kb_kind", StringType, "kb_country", StringType, "kb_cameo", StringType, "kb_geonames_id", LongType,
      "kb_lat", DoubleType, "kb_lon", DoubleType, "kb", StringType),
  MENTIONS("mentions",
      "article_id", StringType, "entity_id", StringType, "start", IntegerType, "end", IntegerType,
      "text", StringType, "kind", StringType),
  QUOTES("quotes",
      "article_id", StringType, "quote_id", StringType, "kind", StringType, "text", StringType,
      "start", IntegerType, "end", IntegerType, "parts", createArrayType(createStructType(List.of(
          createStructField("start", IntegerType, false), createStructField("end", IntegerType, false)))),
      "speaker_entity", StringType, "speaker_name", StringType, "speaker_start", IntegerType,
      "speaker_end", IntegerType, "cue_text", StringType, "cue_start", IntegerType, "cue_end", IntegerType,
      "date", StringType),
  EVENTS("events",
      "article_id", StringType, "event_id", StringType, "type", StringType, "cameo", StringType,
      "quad", IntegerType, "mode", StringType, "actor_entity", StringType, "actor_name", StringType,
      "actor_code", StringType, "recipient_entity", StringType, "recipient_name", StringType,
      "recipient_code", StringType, "date", StringType, "date_from_article", BooleanType, "place", StringType,
      "negated", BooleanType, "hypothetical", BooleanType, "future", BooleanType,
      "evidence_start", IntegerType, "evidence_end", IntegerType, "reported_by", StringType),
  TIMES("times",
      "article_id", StringType, "text", StringType, "start", IntegerType, "end", IntegerType,
      "type", StringType, "value", StringType),
  FIGURES("figures",
      "article_id", StringType, "text", StringType, "start", IntegerType, "end", IntegerType,
      "value", createDecimalType(38, 9), "unit", StringType, "counts", StringType,
      "source_entity", StringType, "source_name", StringType),
  ERRORS("errors", "input", StringType, "code", StringType, "message", StringType);

  /** The partition column every table ends with. */
  static final String PARTITION = "published_date";

  private final String dir;
  private final StructType schema;

  Table(String dir, Object... columns) {
    this.dir = dir;
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < columns.length; i += 2) {
      fields.add(createStructField((String) columns[i], (DataType) columns[i + 1], true));
    }
    fields.add(createStructField(PARTITION, DateType, true));
    this.schema = createStructType(fields);
  }

  /** The folder under the output root. */
  String dir() {
    return dir;
  }

  StructType schema() {
    return schema;
  }

  /** How many values a row of this table holds, the partition column included. */
  int width() {
    return schema.fields().length;
  }
}
