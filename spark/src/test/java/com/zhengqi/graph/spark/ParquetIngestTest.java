package com.zhengqi.graph.spark;

import com.zhengqi.graph.spark.Commands.Run;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spark-ingest} of a Parquet table of articles against {@code ingest} of the same rows written as one
 * JSON-lines file, in the table's order (files by name, then rows): the same CSV graph, and each bad row named
 * by its file and row with the reason ingest gives for the same record as a line. The table is written by Spark
 * here: the seeds' pages as rows, invented articles, a file whose date column is a DATE, a row without text, a
 * file whose title column is a number, and a file that is not Parquet.
 */
class ParquetIngestTest {

    @TempDir
    static Path work;

    private static Path table;
    private static Run ingest;
    private static Run spark;

    private static final StructType STRINGS = new StructType().add("text", DataTypes.StringType).add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("publishedOn", DataTypes.StringType);
    private static final StructType DATED = new StructType().add("source", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("publishedOn", DataTypes.DateType);
    private static final StructType NUMBERED = new StructType().add("text", DataTypes.StringType).add("title", DataTypes.LongType);

    @BeforeAll
    static void ingestTheSameRowsBothWays() throws Exception {
        // Invented texts; the seeds' pages become rows with a source of their own, as a crawler's table would have.
        List<Row> strings = new ArrayList<>();
        strings.add(RowFactory.create("东湖区区长王明远在区政府会见了华星科技有限公司董事长李文博一行。双方就新能源电池项目落地东湖区进行了深入交流。",
                "王明远会见华星科技客商", "https://news.example.cn/2026/03/05/a1.html", "2026-03-05"));
        strings.add(RowFactory.create(null, "a row without text", "https://news.example.cn/2026/03/06/a2.html", "2026-03-06"));
        try (Stream<Path> seeds = Files.list(Commands.ROOT.resolve("seeds"))) {
            for (Path page : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                strings.add(RowFactory.create(Files.readString(page, StandardCharsets.UTF_8), null, "seeds/" + page.getFileName(), null));
            }
        }
        List<Row> dated = List.of(RowFactory.create("https://news.example.cn/2026/04/01/b1.html",
                "青山县委书记赵建国带队赴深圳考察，拜访了远航智能装备有限公司。", Date.valueOf("2026-04-01")));
        List<Row> numbered = List.of(RowFactory.create("南岭镇镇长周立新主持召开招商引资工作会议。", 7L));

        table = Files.createDirectories(work.resolve("table"));
        try (SparkSession session = SparkSession.builder().master("local[1]").appName("ParquetIngestTest").getOrCreate()) {
            writeParquet(session, strings, STRINGS, table.resolve("a.parquet"));
            writeParquet(session, dated, DATED, table.resolve("b.parquet"));
            writeParquet(session, numbered, NUMBERED, table.resolve("c.parquet"));
        }
        Files.writeString(table.resolve("d.parquet"), "not parquet at all", StandardCharsets.US_ASCII);

        // The same records as JSON lines, in the table's order; a DATE is its ISO string, a null field is left out.
        Path lines = work.resolve("lines");
        Files.createDirectories(lines);
        List<String> records = new ArrayList<>();
        strings.forEach(r -> records.add(json(STRINGS, r)));
        dated.forEach(r -> records.add(json(DATED, r)));
        numbered.forEach(r -> records.add(json(NUMBERED, r)));
        Files.write(lines.resolve("rows.jsonl"), records, StandardCharsets.UTF_8);

        ingest = Commands.ingestAndExport(work, List.of(lines.toString()), work.resolve("ingest-csv"));
        // Three partitions for a few rows: a file's rows come back in pieces from different tasks.
        spark = Commands.spark(List.of("--master", "local[2]", "--partitions", "3", "--out", work.resolve("spark-csv").toString(),
                table.toString()));
    }

    @Test
    void aParquetTableGivesTheGraphIngestMakesOfTheSameRowsAsJsonLines() throws IOException {
        List<String> articles = CanonicalCsv.assertSameGraph(work.resolve("ingest-csv"), work.resolve("spark-csv"));

        assertThat(articles.size() - 1).as("articles in the graph").isGreaterThan(5);
        assertThat(String.join("\n", articles)).contains("https://news.example.cn/2026/04/01/b1.html").contains("2026-04-01")
                .contains("王明远会见华星科技客商");
    }

    @Test
    void eachBadRowIsNamedByItsFileAndRowWithTheReasonOfTheSameLineAndABadFileByItsName() {
        assertThat(ingest.exit()).as(ingest.err()).isEqualTo(2);
        assertThat(spark.exit()).as(spark.err()).isEqualTo(2);
        assertThat(spark.failuresIn(table)).hasSize(3)
                .contains(table.resolve("a.parquet") + ":2: no \"text\"")
                .contains(table.resolve("c.parquet") + ":1: \"title\" is not a string")
                .anyMatch(l -> l.startsWith(table.resolve("d.parquet") + ": not a readable Parquet file"));
        Path lines = work.resolve("lines").resolve("rows.jsonl");
        assertThat(ingest.failuresIn(lines)).containsExactly(lines + ":2: no \"text\"",
                lines + ":" + (STRINGS_ROWS + 2) + ": \"title\" is not a string");
        assertThat(spark.out()).contains("3 failure(s)").containsPattern("ingested 4 file\\(s\\)");
    }

    /** Rows of a.parquet: the two invented ones and the seeds' pages. */
    private static final int STRINGS_ROWS = 2 + seedPages();

    private static int seedPages() {
        try (Stream<Path> seeds = Files.list(Commands.ROOT.resolve("seeds"))) {
            return (int) seeds.filter(p -> p.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One Parquet file of {@code rows}, in their order, as Spark writes it (one part file, renamed). */
    private static void writeParquet(SparkSession session, List<Row> rows, StructType schema, Path file) throws IOException {
        Path folder = work.resolve("written-" + file.getFileName());
        Dataset<Row> frame = session.createDataFrame(rows, schema).coalesce(1);
        frame.write().parquet(folder.toString());
        try (Stream<Path> parts = Files.list(folder)) {
            Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
            Files.move(part, file);
        }
    }

    private static String json(StructType schema, Row row) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < schema.fields().length; i++) {
            if (!row.isNullAt(i)) {
                Object value = row.get(i);
                record.put(schema.fields()[i].name(), value instanceof Date d ? d.toLocalDate().toString() : value);
            }
        }
        return JsonMapper.builder().build().writeValueAsString(record);
    }
}
