package com.zhengqi.graph.resolve;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Figures for docs/gazetteer.md, not part of the test suite (surefire runs *Test classes only). Run with
 * {@code ./mvnw -B -q test -Dtest=RegionFinderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints
 * load times, throughput over seeds/ and ../shared/corpus/news, and a precision estimate on the CLUENER dev
 * set (../shared/datasets/cluener/dev.json): the share of places found that lie inside a span CLUENER labels
 * as an address, organisation, company, government or scene.
 */
class RegionFinderBenchmark {

    private static final int WARM_RUNS = 5;
    private static final int THROUGHPUT_ROUNDS = 30;
    private static final Set<String> PLACE_BEARING = Set.of("address", "government", "company", "organization", "scene");

    @Test
    void loadTimesAndThroughput() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        ChinaGazetteer gazetteer = ChinaGazetteer.load();
        long loaded = System.nanoTime();
        long loadedCpu = threads.getCurrentThreadCpuTime();
        ContextRegionFinder finder = new ContextRegionFinder(gazetteer);
        long built = System.nanoTime();
        long builtCpu = threads.getCurrentThreadCpuTime();
        // CPU time of the loading thread is printed too: on a shared machine wall-clock time mostly measures the queue.
        System.out.printf("first load in this JVM: gazetteer %.0f ms (CPU %.0f ms, %d divisions), finder %.0f ms (CPU %.0f ms)%n",
                ms(loaded - start), ms(loadedCpu - startCpu), gazetteer.size(), ms(built - loaded), ms(builtCpu - loadedCpu));
        System.out.printf("machine: %d processors, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        double[] loads = new double[WARM_RUNS];
        double[] builds = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long a = System.nanoTime();
            ChinaGazetteer g = ChinaGazetteer.load();
            long b = System.nanoTime();
            new ContextRegionFinder(g);
            long c = System.nanoTime();
            loads[i] = ms(b - a);
            builds[i] = ms(c - b);
        }
        System.out.printf("warm (median of %d): gazetteer %.0f ms, finder %.0f ms%n", WARM_RUNS, median(loads), median(builds));

        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds"), shared().resolve("corpus/news"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(file));
                    }
                }
            }
        }
        Assumptions.assumeFalse(texts.isEmpty(), "no seeds/ or corpus to measure throughput on");
        long chars = texts.stream().mapToLong(String::length).sum();
        long firstStart = System.nanoTime();
        int mentions = 0;
        for (String text : texts) {
            mentions += finder.find(text).size();
        }
        System.out.printf("first pass over %d articles (%d chars, includes HanLP dictionary load): %.0f ms, %d places%n",
                texts.size(), chars, ms(System.nanoTime() - firstStart), mentions);
        long roundsStart = System.nanoTime();
        for (int r = 0; r < THROUGHPUT_ROUNDS; r++) {
            for (String text : texts) {
                finder.find(text);
            }
        }
        double seconds = (System.nanoTime() - roundsStart) / 1e9;
        System.out.printf("throughput: %.2f M chars/s, %.2f ms per article on one thread%n",
                chars * THROUGHPUT_ROUNDS / seconds / 1e6, seconds * 1000 / (texts.size() * THROUGHPUT_ROUNDS));
    }

    @Test
    void precisionOnCluenerDev() throws IOException {
        Path dev = shared().resolve("datasets/cluener/dev.json");
        Assumptions.assumeTrue(Files.exists(dev), "CLUENER dev set not found at " + dev);
        ContextRegionFinder finder = ContextRegionFinder.shared();
        ObjectMapper json = new ObjectMapper();
        int found = 0;
        int inside = 0;
        int addressSpans = 0;
        int addressSpansStartingWithAPlace = 0;
        List<String> outside = new ArrayList<>();
        for (String line : Files.readAllLines(dev)) {
            JsonNode record = json.readTree(line);
            String text = record.get("text").asString();
            boolean[] placeBearing = new boolean[text.length()];
            List<int[]> addresses = new ArrayList<>();
            for (Map.Entry<String, JsonNode> label : record.get("label").properties()) {
                for (Map.Entry<String, JsonNode> mention : label.getValue().properties()) {
                    for (JsonNode span : mention.getValue()) {
                        int from = span.get(0).asInt();
                        int to = span.get(1).asInt() + 1;
                        if (PLACE_BEARING.contains(label.getKey())) {
                            Arrays.fill(placeBearing, from, to, true);
                        }
                        if (label.getKey().equals("address")) {
                            addresses.add(new int[]{from, to});
                        }
                    }
                }
            }
            List<RegionMention> places = finder.find(text);
            for (RegionMention place : places) {
                found++;
                boolean covered = true;
                for (int i = place.start(); i < place.end(); i++) {
                    covered &= placeBearing[i];
                }
                if (covered) {
                    inside++;
                } else if (outside.size() < 60) {
                    outside.add(place.surface() + "→" + place.division().name() + " in " + text);
                }
            }
            for (int[] address : addresses) {
                addressSpans++;
                if (places.stream().anyMatch(p -> p.start() == address[0])) {
                    addressSpansStartingWithAPlace++;
                }
            }
        }
        System.out.printf("CLUENER dev: %d places found, %d (%.1f%%) inside an address/organisation/company/government/scene span%n",
                found, inside, 100.0 * inside / found);
        System.out.printf("CLUENER dev: %d of %d address spans (%.1f%%) start with a place found%n",
                addressSpansStartingWithAPlace, addressSpans, 100.0 * addressSpansStartingWithAPlace / addressSpans);
        outside.forEach(o -> System.out.println("  outside: " + o));
    }

    private static Path shared() {
        return Stream.of(Path.of("../shared"), Path.of("../../shared")).filter(Files::isDirectory).findFirst()
                .orElse(Path.of("../shared"));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
