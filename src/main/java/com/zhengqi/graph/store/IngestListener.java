package com.zhengqi.graph.store;

import java.nio.file.Path;

/** Hears how an ingest run goes; called from the run's writing thread. */
public interface IngestListener {

    /** After each file is handed to the writer, and after each batch is written. */
    default void progress(IngestProgress progress) {
    }

    /** A file (or one of its articles) could not be read, extracted or written; the run goes on. */
    default void failed(IngestSummary.FileFailure failure) {
    }

    /** A link to a folder, inside a walked folder, was not followed (see {@link com.zhengqi.graph.read.SourceFiles}). */
    default void skippedLink(Path link) {
    }

    /**
     * Asked after each file: true ends the run there (Ctrl-C), once the articles gathered so far are written
     * whole. The summary then says {@code stopped}, and a rerun skips what was written.
     */
    default boolean stopRequested() {
        return false;
    }
}
