package com.zhengqi.graph.store;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The outcome of one ingest run, printed as a line or as JSON.
 *
 * @param characters     characters of all files read
 * @param extractSeconds time spent reading and extracting, summed over the extraction threads
 * @param writeSeconds   time the writer spent resolving and writing (the rest of its time it waited for extraction)
 * @param filesTotal     files the run was given (found when it started)
 * @param stopped        whether the run was stopped before its last file ({@link IngestListener#stopRequested})
 */
public record IngestSummary(int files, List<FileFailure> failures, WriteResult written, double seconds, long characters,
                            double extractSeconds, double writeSeconds, int threads, int batchSize, long filesTotal,
                            boolean stopped) {

    /**
     * @param file the file, or where in it: {@code FILE:LINE} for a bad JSON-lines record, an article's
     *             source for an article that could not be written
     */
    public record FileFailure(String file, String reason) {
    }

    public IngestSummary {
        failures = List.copyOf(failures);
    }

    @JsonProperty
    public double articlesPerSecond() {
        int articles = written.articlesWritten() + written.articlesSkipped();
        return seconds > 0 ? articles / seconds : 0;
    }

    @JsonProperty
    public double charactersPerSecond() {
        return seconds > 0 ? characters / seconds : 0;
    }

    @JsonProperty
    public long filesLeft() {
        return Math.max(0, filesTotal - files);
    }

    /** What a stopped run wrote and what it left. */
    public String stoppedLine() {
        return ("stopped after %d of %d file(s): %d article(s) written, %d already in the graph; %d file(s) left: "
                + "rerun the same command to continue (articles already in the graph are skipped)")
                .formatted(files, filesTotal, written.articlesWritten(), written.articlesSkipped(), filesLeft());
    }

    public String line() {
        return ("ingested %d file(s) in %.1f s: %d article(s) written, %d already in the graph (skipped), %d node(s) and "
                + "%d relationship(s) created, %d node(s) joined, %d failure(s); %.0f articles/s, %.0f characters/s")
                .formatted(files, seconds, written.articlesWritten(), written.articlesSkipped(), written.nodesCreated(),
                        written.relationshipsCreated(), written.nodesJoined(), failures.size(), articlesPerSecond(), charactersPerSecond());
    }
}
