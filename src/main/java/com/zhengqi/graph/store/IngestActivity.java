package com.zhengqi.graph.store;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the ingest runs of this process stand, for whoever asks while they run (the API's
 * {@code stats { ingest }}): whether one is running, and the files done and to do of the latest.
 */
@Component
public class IngestActivity {

    /** A moment of it: {@code filesDone} of {@code filesTotal} of the latest run (0 of 0 before any). */
    public record Status(boolean running, long filesDone, long filesTotal) {
    }

    private final AtomicInteger running = new AtomicInteger();
    private volatile long filesDone;
    private volatile long filesTotal;

    void started() {
        running.incrementAndGet();
        filesDone = 0;
        filesTotal = 0;
    }

    void counted(long total) {
        filesTotal = total;
    }

    void progressed(long done) {
        filesDone = done;
    }

    void ended() {
        running.decrementAndGet();
    }

    public Status status() {
        return new Status(running.get() > 0, filesDone, filesTotal);
    }
}
