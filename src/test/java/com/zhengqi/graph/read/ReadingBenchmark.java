package com.zhengqi.graph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures how fast {@link PageSplitter} reads pages: every .txt file under the folders given, read
 * {@value #ROUNDS_OF_PAGES} times per round, six rounds (the first ones warm the JIT up). Not a test;
 * run it as docs/reading.md says and copy the figures there.
 */
public final class ReadingBenchmark {

    private static final int ROUNDS = 6;
    private static final int ROUNDS_OF_PAGES = 20;

    private ReadingBenchmark() {
    }

    public static void main(String[] folders) throws IOException {
        List<String> pages = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    pages.add(Files.readString(file));
                }
            }
        }
        long started = System.nanoTime();
        PageSplitter splitter = new PageSplitter();
        splitter.split(pages.isEmpty() ? "" : pages.getFirst());
        System.out.printf("construct and read one page: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        long characters = pages.stream().mapToLong(String::length).sum() * ROUNDS_OF_PAGES;
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int articles = 0;
            for (int i = 0; i < ROUNDS_OF_PAGES; i++) {
                for (String page : pages) {
                    articles += splitter.split(page).size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d pages, %d articles, %.0f characters/s, %.0f pages/s%n",
                    round, pages.size() * ROUNDS_OF_PAGES, articles, characters / seconds, pages.size() * ROUNDS_OF_PAGES / seconds);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use after the run: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20));
    }
}
