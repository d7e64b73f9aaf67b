package com.zhengqi.graph.bench;

import com.zhengqi.graph.ZhengqiApplication;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.read.source.DocumentReader;
import com.zhengqi.graph.read.source.SourceDocument;
import com.zhengqi.graph.store.GraphStats;
import com.zhengqi.graph.store.IngestListener;
import com.zhengqi.graph.store.IngestProgress;
import com.zhengqi.graph.store.IngestProperties;
import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.IngestSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The ingest benchmark, not a test: it asserts nothing about time. Run it with
 * {@code ./mvnw -B -Pbench test} (or scripts/bench-ingest.sh). It generates a corpus of
 * {@code bench.articles} pages (default 10,000) with {@link CorpusGenerator}, starts the application
 * on a fresh embedded database, and in one run measures extraction alone (read + extract on every
 * core, nothing written), then the whole ingest of the same files, then ingesting them again (all
 * skipped). The report goes to stdout and to {@code target/bench/ingest-benchmark.md}.
 * System properties: bench.articles, bench.sources (comma-separated folders of real pages,
 * default "seeds" plus the shared news corpus when present), bench.out (default target/bench).
 */
class IngestBenchmark {

    private static final int WARM_UP_FILES = 300;

    private record Pass(long files, long articles, long characters, double seconds, double cpuSeconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double charactersPerSecond() {
            return characters / seconds;
        }
    }

    @Test
    void ingestAGeneratedCorpus() throws Exception {
        int count = Integer.getInteger("bench.articles", 10_000);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        List<Path> sources = Arrays.stream(System.getProperty("bench.sources", "seeds,/work/shared/corpus/news").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).filter(Files::isDirectory).toList();
        Path corpus = out.resolve("corpus-" + count);
        if (!Files.isDirectory(corpus)) {
            long started = System.nanoTime();
            long characters = new CorpusGenerator(sources, 1).generate(corpus, count, 1);
            System.out.printf("generated %d pages (%d characters) from %s in %.1f s%n", count, characters, sources, since(started));
        }
        Path data = Files.createDirectories(out).resolve("neo4j-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengqiApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("zhengqi.neo4j.data-dir", data.toString(), "zhengqi.neo4j.bolt-port", 0,
                        "zhengqi.neo4j.page-cache", "512m"))
                .logStartupInfo(false)
                .run()) {
            PageExtractor extractor = context.getBean(PageExtractor.class);
            IngestService ingest = context.getBean(IngestService.class);
            IngestProperties settings = context.getBean(IngestProperties.class);
            List<Path> files = files(corpus);

            DocumentReader reader = context.getBean(DocumentReader.class);
            extractAlone(files.subList(0, Math.min(WARM_UP_FILES, files.size())), reader, extractor, settings.threads());
            Pass extractOnly = extractAlone(files, reader, extractor, settings.threads());
            ProgressLog progress = new ProgressLog(true);
            double cpu = cpuSeconds();
            IngestSummary whole = ingest.ingest(List.of(corpus), progress);
            double ingestCpu = cpuSeconds() - cpu;
            IngestSummary again = ingest.ingest(List.of(corpus), new ProgressLog(false));
            GraphStats.Counts counts = context.getBean(GraphStats.class).counts();

            String report = report(count, sources, settings, extractOnly, whole, ingestCpu, again, counts, progress.liveHeap);
            System.out.println(report);
            Files.writeString(out.resolve("ingest-benchmark.md"), report);
        } finally {
            deleteRecursively(data);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Read and extract every file on {@code threads} threads, the way ingest does, writing nothing. */
    private static Pass extractAlone(List<Path> files, DocumentReader reader, PageExtractor extractor, int threads) throws Exception {
        long started = System.nanoTime();
        double cpu = cpuSeconds();
        AtomicLong articles = new AtomicLong();
        AtomicLong characters = new AtomicLong();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    List<SourceDocument> documents = reader.read(file);
                    characters.addAndGet(documents.stream().mapToLong(d -> d.text().length()).sum());
                    articles.addAndGet(extractor.extract(file.toString(), documents).articles().size());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return new Pass(files.size(), articles.get(), characters.get(), since(started), cpuSeconds() - cpu);
    }

    private static String report(int count, List<Path> sources, IngestProperties settings, Pass extractOnly,
                                 IngestSummary whole, double ingestCpu, IngestSummary again, GraphStats.Counts counts,
                                 List<String> liveHeap) {
        long articles = whole.written().articlesWritten() + whole.written().articlesSkipped();
        double writingShare = (whole.seconds() - extractOnly.seconds()) / whole.seconds();
        double writingCpuShare = (ingestCpu - extractOnly.cpuSeconds()) / ingestCpu;
        return """
                ## Ingest benchmark

                %d generated pages (templated variants of %s), %d characters; %d extraction thread(s) on %d core(s), \
                %d articles per transaction, max heap %d MiB, JDK %s.

                | pass | seconds | articles | articles/s | characters/s |
                |---|---|---|---|---|
                | extract alone (read + extract, nothing written) | %.1f | %d | %.0f | %.0f |
                | ingest end to end (read + extract + resolve + write) | %.1f | %d | %.0f | %.0f |
                | ingest again (every article already there, skipped) | %.1f | %d | %.0f | %.0f |

                Writing's share of the end-to-end time: %.0f%% ((ingest − extract alone) / ingest); the writer thread was \
                busy resolving and writing %.1f s of the %.1f s (it writes while extraction goes on).
                CPU time of this process (all threads, the embedded database included): extract alone %.1f s, ingest %.1f s;                 writing's share of the CPU: %.0f%%. On a shared machine CPU time is the steadier measure.
                Graph: %d articles, %d nodes, %d relationships; %d node(s) joined by later evidence; %d failure(s).
                Heap in use after a full GC at each quarter of the ingest (flat = memory does not grow with the corpus): %s.
                """.formatted(count, sources, extractOnly.characters(), settings.threads(), Runtime.getRuntime().availableProcessors(),
                settings.batchSize(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version(),
                extractOnly.seconds(), extractOnly.articles(), extractOnly.articlesPerSecond(), extractOnly.charactersPerSecond(),
                whole.seconds(), articles, whole.articlesPerSecond(), whole.charactersPerSecond(),
                again.seconds(), again.written().articlesSkipped(), again.articlesPerSecond(), again.charactersPerSecond(),
                100 * writingShare, whole.writeSeconds(), whole.seconds(), extractOnly.cpuSeconds(), ingestCpu, 100 * writingCpuShare,
                counts.articles(), counts.nodes(), counts.relationships(), whole.written().nodesJoined(), whole.failures().size(),
                String.join(", ", liveHeap));
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * A progress line every ten seconds, so a long run shows it is alive; optionally the heap in use
     * after a full GC at each quarter of the files (the live set, which is what must stay flat).
     */
    private static final class ProgressLog implements IngestListener {
        private final boolean watchHeap;
        private final List<String> liveHeap = new ArrayList<>();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private double last;
        private int quarter;

        ProgressLog(boolean watchHeap) {
            this.watchHeap = watchHeap;
        }

        @Override
        public void progress(IngestProgress progress) {
            if (progress.seconds() - last >= 10) {
                last = progress.seconds();
                System.out.println("  " + progress.line());
            }
            if (watchHeap && progress.filesDone() * 4 >= (quarter + 1L) * progress.filesTotal() && quarter < 4) {
                quarter++;
                System.gc();
                liveHeap.add("%d%%: %d MiB".formatted(25 * quarter, memory.getHeapMemoryUsage().getUsed() >> 20));
            }
        }

        @Override
        public void failed(IngestSummary.FileFailure failure) {
            System.out.println("  failed: " + failure.file() + ": " + failure.reason());
        }
    }
}
