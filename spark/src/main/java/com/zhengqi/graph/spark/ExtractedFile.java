package com.zhengqi.graph.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One input (a file, or a record of an article table) read and extracted on an executor.
 *
 * @param order      the file's place in ingest's order ({@link InputFile#order()})
 * @param part       0 for a file read whole; for a run of rows of a Parquet file, the index of its first row: a
 *                   table file comes back in pieces, in row order
 * @param failures   the file, or its bad records, that could not be read or extracted, each with its place
 * @param characters characters of text read
 * @param nanos      time spent reading and extracting it
 */
record ExtractedFile(long order, long part, List<ShippedArticle> articles, List<Failure> failures, long characters, long nanos)
        implements Serializable {

    /** Whether this piece comes after {@code other} in input order. */
    boolean after(ExtractedFile other) {
        return order != other.order ? order > other.order : part > other.part;
    }

    /** What {@code ingest} reports for a bad file or record: where, and why. */
    record Failure(String file, String reason) implements Serializable {
    }
}
