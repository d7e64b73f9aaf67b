package com.zhengqi.graph.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One input (a file, or a record of an article table) read and extracted on an executor.
 *
 * @param order      the file's place in ingest's order ({@link InputFile#order()})
 * @param failures   the file, or its bad records, that could not be read or extracted, each with its place
 * @param characters characters of text read
 * @param nanos      time spent reading and extracting it
 */
record ExtractedFile(long order, List<ShippedArticle> articles, List<Failure> failures, long characters, long nanos)
        implements Serializable {

    /** What {@code ingest} reports for a bad file or record: where, and why. */
    record Failure(String file, String reason) implements Serializable {
    }
}
