package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during {@code ingest}, then the same command again, with real processes: after the kill
 * the embedded store opens (no repair needed) and holds only whole articles; after the rerun it holds
 * every article exactly once, the same graph an uninterrupted run writes.
 */
class KillDuringIngestTest extends GraphTestSupport {

    private static final int FILES = 12;
    private static final int RECORDS_PER_FILE = 25;
    /** Small batches for the run that is killed: many commits, so the kill lands between or inside them, and soon. */
    private static final int KILLED_RUN_BATCH = 20;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "海峰", "晓明", "志强", "丽华", "国庆", "文博", "新民"};
    private static final String[] TITLES = {"区委书记", "市长", "副县长", "镇长", "局长"};

    @TempDir
    Path dir;

    @Test
    void everyArticleIsWrittenOnceWhollyOrNotAtAllAndTheRerunFinishesTheRest() throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus"));
        Path dataDir = dir.resolve("data");

        clearGraph();
        ingest(corpus);
        Map<String, Long> reference = relationshipsPerArticle(driver);
        long referenceNodes = count("MATCH (n) RETURN count(n)");
        long referenceRelationships = count("MATCH ()-[r]->() RETURN count(r)");
        clearGraph();
        assertThat(reference).hasSize(FILES * RECORDS_PER_FILE);

        int boltPort = freePort();
        Process first = ingestProcess(corpus, dataDir, boltPort, KILLED_RUN_BATCH, dir.resolve("first.log"));
        long seenBeforeKill = waitForSomeArticles(first, boltPort, reference.size());
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seenBeforeKill).as("killed part-way").isPositive().isLessThan(reference.size());

        Map<String, Long> afterKill;
        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(dataDir, 0, "64m"); Driver reopened = driver(store.boltPort())) {
            afterKill = relationshipsPerArticle(reopened);
        }
        assertThat(afterKill.size()).isBetween((int) seenBeforeKill, reference.size() - 1);
        afterKill.forEach((id, relationships) -> assertThat(relationships).as("article " + id).isEqualTo(reference.get(id)));

        Process second = ingestProcess(corpus, dataDir, 0, 500, dir.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();
        assertThat(Files.readString(dir.resolve("second.log"))).contains(afterKill.size() + " already in the graph");

        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(dataDir, 0, "64m"); Driver reopened = driver(store.boltPort())) {
            assertThat(relationshipsPerArticle(reopened)).isEqualTo(reference);
            assertThat(countWith(reopened, "MATCH (n) RETURN count(n)")).isEqualTo(referenceNodes);
            assertThat(countWith(reopened, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(referenceRelationships);
        }
    }

    /** JSON-lines files of generated news items, one article each, every text different. */
    static Path writeCorpus(Path folder) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(7);
        int n = 0;
        for (int f = 0; f < FILES; f++) {
            List<String> lines = new ArrayList<>();
            for (int r = 0; r < RECORDS_PER_FILE; r++) {
                n++;
                String official = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                String guest = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                String text = ("第%d期：%s%s会见了客商代表%s，双方就总投资%d亿元的产业园项目进行了深入洽谈。%s表示，将全力做好项目服务保障工作。"
                        + "此次签约项目共%d个，涉及装备制造、新材料和现代物流等领域。").formatted(n, TITLES[random.nextInt(TITLES.length)],
                        official, guest, 1 + random.nextInt(90), official, 2 + random.nextInt(20));
                lines.add("{\"text\": \"" + text + "\", \"title\": \"招商动态" + n + "\"}");
            }
            Files.write(folder.resolve("news-%02d.jsonl".formatted(f)), lines);
        }
        return folder;
    }

    private static Process ingestProcess(Path corpus, Path dataDir, int boltPort, int batchSize, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "com.zhengqi.graph.cli.Main",
                "ingest", "--data-dir", dataDir.toString(), "--bolt-port", String.valueOf(boltPort), "--batch-size", String.valueOf(batchSize),
                corpus.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls the child's own Bolt port until its first batches are in; returns how many articles it saw. */
    static long waitForSomeArticles(Process child, int boltPort, int total) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        try (Driver polling = driver(boltPort)) {
            while (Instant.now().isBefore(deadline) && child.isAlive()) {
                try {
                    long articles = countWith(polling, "MATCH (a:Article) RETURN count(a)");
                    if (articles > 0) {
                        return articles;
                    }
                } catch (RuntimeException notUpYet) {
                    // The child is still starting its database; try again shortly.
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the ingest process wrote nothing within 8 minutes (alive: " + child.isAlive() + ")");
    }

    private static Map<String, Long> relationshipsPerArticle(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (a:Article) RETURN a.id AS id").execute().records().forEach(r -> counts.put(r.get("id").asString(), 0L));
        // One pass over the relationships, not one per article.
        driver.executableQuery("MATCH ()-[r]->() WHERE r.articleId IS NOT NULL RETURN r.articleId AS id, count(r) AS relationships")
                .execute().records()
                .forEach(r -> counts.computeIfPresent(r.get("id").asString(), (id, n) -> r.get("relationships").asLong()));
        return counts;
    }

    static long countWith(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    static Driver driver(int port) {
        return GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
