package com.zhengqi.graph.spark;

import java.io.Serializable;

/**
 * One input file of the job.
 *
 * @param order  its place in the order {@code ingest} would read it (arguments in turn, each folder walked in name order):
 *               the order articles are resolved in, whatever the partitioning
 * @param uri    the Hadoop path to read it from ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param source the name {@code ingest} gives it (the local path as the user wrote it), kept as the articles' source
 * @param table  whether it is a Parquet file of a table of articles, read by Spark's DataFrame reader
 *               ({@link TableInput}) rather than by ingest's document reader
 */
record InputFile(long order, String uri, String source, boolean table) implements Serializable {

    /** The file name ending of a Parquet file, the only table format read as a table (JSON lines are read as files). */
    static final String PARQUET = ".parquet";

    static boolean isTable(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(PARQUET);
    }
}
