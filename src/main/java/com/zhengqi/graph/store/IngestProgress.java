package com.zhengqi.graph.store;

import java.time.Duration;

/**
 * Where an ingest run stands.
 *
 * @param filesDone   files read, extracted and handed to the writer
 * @param filesTotal  files the run will read
 * @param articles    articles written or skipped so far
 * @param characters  characters of the files done
 * @param seconds     since the run started
 */
public record IngestProgress(long filesDone, long filesTotal, long articles, long characters, double seconds) {

    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    /** Seconds left at the pace so far; -1 before there is a pace. */
    public long etaSeconds() {
        return filesDone == 0 || seconds <= 0 ? -1 : Math.round(seconds / filesDone * (filesTotal - filesDone));
    }

    /** {@code 1234/10000 files · 2345 articles · 312 articles/s · ETA 0:25} */
    public String line() {
        long eta = etaSeconds();
        return "%d/%d files · %d articles · %.0f articles/s · ETA %s".formatted(filesDone, filesTotal, articles,
                articlesPerSecond(), eta < 0 ? "?" : clock(eta));
    }

    private static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? "%d:%02d:%02d".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
    }
}
