package com.zhengqi.graph.spark;

import java.io.Serializable;

/**
 * One input file of the job.
 *
 * @param order  its place in the order {@code ingest} would read it (arguments in turn, each folder walked in name order):
 *               the order articles are resolved in, whatever the partitioning
 * @param uri    the Hadoop path to read it from ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param source the name {@code ingest} gives it (the local path as the user wrote it), kept as the articles' source
 */
record InputFile(long order, String uri, String source) implements Serializable {
}
