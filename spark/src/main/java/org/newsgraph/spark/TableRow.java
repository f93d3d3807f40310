package org.newsgraph.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/** One row of one output table, as the analysis tasks hand them on. */
record TableRow(Table table, Row row) implements Serializable {}
