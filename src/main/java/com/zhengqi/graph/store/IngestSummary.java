package com.zhengqi.graph.store;

import java.util.List;

/** The outcome of one ingest run, printed as a line or as JSON. */
public record IngestSummary(int files, List<FileFailure> failures, WriteResult written, double seconds) {

    public record FileFailure(String file, String reason) {
    }

    public String line() {
        return "ingested %d file(s) in %.1f s: %d article(s) written, %d already in the graph, %d node(s) and %d relationship(s) created, %d file(s) failed"
                .formatted(files, seconds, written.articlesWritten(), written.articlesSkipped(), written.nodesCreated(),
                        written.relationshipsCreated(), failures.size());
    }
}
