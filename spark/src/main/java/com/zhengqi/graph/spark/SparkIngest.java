package com.zhengqi.graph.spark;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.resolve.ChinaGazetteer;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import com.zhengqi.graph.store.IngestSummary;
import com.zhengqi.graph.store.OrderedLoad;
import com.zhengqi.graph.store.WriteResult;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code spark-ingest PATH...}: {@code ingest} with reading and extraction spread over a Spark cluster
 * (or the cores of this machine). Executors read and extract the files, each loading the extractor
 * once; the driver then resolves and writes the articles in ingest's file order with ingest's own writer,
 * so the graph is the one {@code ingest} makes of the same paths (docs/scale.md).
 */
@Command(name = "spark-ingest", mixinStandardHelpOptions = true,
        description = {"Extract files or folders (local, hdfs://, s3a://) on Spark and write the",
                "graph: CSV for neo4j-admin import (--out), a Neo4j (--neo4j-uri), or both.",
                "Files are read as ingest reads them (.txt .html .pdf .json .jsonl).",
                "A .parquet file (a Spark or Hive table is a folder of them) is a table of",
                "articles read by Spark: one row, one article, with the fields and rules of",
                "a JSON-lines record (text required; title, source, publishedOn).",
                "Input order decides ids: paths in turn, folders in name order, a Parquet",
                "file's rows in row order. A bad file, JSON-lines record (FILE:LINE) or",
                "table row (FILE:ROW, from 1) is named on stderr and skipped; the summary",
                "goes to stdout. Exit code 0 when every file was read and written, 2 when",
                "some file or record failed, 1 on any other error."})
public final class SparkIngest implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int SOME_FILES_FAILED = 2;
    private static final String DEFAULT_MASTER = "local[*]";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark.master as spark-submit sets it, else local[*]).")
    @Nullable String master;

    @Option(names = "--out", paramLabel = "FOLDER", description = "Write the graph as CSV files and import.sh into this local folder.")
    @Nullable Path out;

    @Option(names = "--neo4j-uri", paramLabel = "URI", description = "Write the graph to this Neo4j (bolt://, neo4j://, neo4j+s://).")
    @Nullable String neo4jUri;

    @Option(names = "--neo4j-user", defaultValue = "neo4j", paramLabel = "USER")
    String neo4jUser = "neo4j";

    @Option(names = "--neo4j-password", defaultValue = "${env:NEO4J_PASSWORD}", paramLabel = "PASSWORD")
    @Nullable String neo4jPassword;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Read every file in this encoding instead of detecting it (not Parquet tables: their strings are UTF-8).")
    @Nullable String encoding;

    @Option(names = "--partitions", paramLabel = "N", description = "Extraction tasks, for the files and for the table rows each (default: four per core of the cluster).")
    @Nullable Integer partitions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or Parquet tables to ingest (local, hdfs://, s3a://).")
    List<String> paths = List.of();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new SparkIngest());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            // The whole chain of causes: "Error starting Neo4j" alone does not say what to fix.
            StringBuilder reason = new StringBuilder("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                reason.append(" (").append(cause).append(')');
            }
            cl.getErr().println(reason);
            return FAILED;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (out == null && neo4jUri == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give --out FOLDER, --neo4j-uri URI, or both");
        }
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("zhengqi-spark-ingest");
        if (master != null || !conf.contains("spark.master")) {
            conf.setMaster(master != null ? master : DEFAULT_MASTER);
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<InputFile> files = InputListing.of(paths, jsc.hadoopConfiguration(), stderr::println);
            List<InputFile> documents = files.stream().filter(f -> !f.table()).toList();
            List<InputFile> tables = files.stream().filter(InputFile::table).toList();
            Map<String, String> hadoopSettings = new HashMap<>();
            jsc.hadoopConfiguration().forEach(e -> hadoopSettings.put(e.getKey(), e.getValue()));
            int slices = partitions != null ? partitions : Math.max(1, Math.min(documents.size(), 4 * jsc.defaultParallelism()));
            // parallelize cuts the list into consecutive slices and mapPartitions keeps each slice's order, so
            // reading the partitions in turn gives the files in ingest's order: no sort, no shuffle of the graphs.
            JavaRDD<ExtractedFile> extracted = jsc.parallelize(documents, Math.max(1, slices))
                    .mapPartitions(new FileExtraction(encoding, hadoopSettings))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            List<ExtractedFile.Failure> badTables = new ArrayList<>();
            // The table's rows are Spark's to split (range partitions on input order), whatever the number of files.
            int tableSlices = partitions != null ? partitions : 4 * jsc.defaultParallelism();
            JavaRDD<ExtractedFile> rows = TableInput.extract(spark, tables, tableSlices, badTables::add, stderr::println)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long extractStarted = System.nanoTime();
            extracted.count();
            rows.count();
            double extractWall = since(extractStarted);
            Path scratch = out != null && neo4jUri == null ? Files.createTempDirectory("zhengqi-spark-store-") : null;
            try (GraphTarget target = scratch != null ? GraphTarget.scratch(scratch) : GraphTarget.server(neo4jUri, neo4jUser, neo4jPassword)) {
                Loaded loaded = load(badTables, new InOrder(extracted.toLocalIterator(), rows.toLocalIterator()), target, stderr);
                if (out != null) {
                    target.exportCsv(out);
                }
                IngestSummary summary = new IngestSummary(files.size(), loaded.failures(), loaded.written(), since(started),
                        loaded.characters(), loaded.extractSeconds(), loaded.writeSeconds(), jsc.defaultParallelism(),
                        loaded.batchSize(), files.size(), false);
                stdout.println(summary.line());
                String tableSlicesShown = tables.isEmpty() ? "" : " of files, " + rows.getNumPartitions() + " of table rows";
                stdout.printf("spark: %d partition(s)%s on %s; extraction %.1f s (wall), resolving and writing %.1f s%s%n", slices,
                        tableSlicesShown, spark.sparkContext().master(), extractWall, loaded.writeSeconds(), out != null ? "; CSV in " + out : "");
                return summary.failures().isEmpty() ? OK : SOME_FILES_FAILED;
            } finally {
                extracted.unpersist(false);
                rows.unpersist(false);
                if (scratch != null) {
                    deleteTree(scratch);
                }
            }
        }
    }

    private record Loaded(List<IngestSummary.FileFailure> failures, WriteResult written, long characters, double extractSeconds,
                          double writeSeconds, int batchSize) {
    }

    /**
     * The driver's part: every file's failures reported and its articles written, in ingest's file order. The
     * pieces of one table file (runs of rows) are gathered and handed over as one file, as ingest hands over the
     * records of one JSON-lines file: the same batches.
     */
    private static Loaded load(List<ExtractedFile.Failure> badFiles, Iterator<ExtractedFile> files, GraphTarget target, PrintStream stderr) {
        List<IngestSummary.FileFailure> failures = new ArrayList<>();
        long characters = 0;
        long extractNanos = 0;
        Consumer<IngestSummary.FileFailure> report = failure -> {
            failures.add(failure);
            stderr.println(failure.file() + ": " + failure.reason());
        };
        badFiles.forEach(f -> report.accept(new IngestSummary.FileFailure(f.file(), f.reason())));
        try (OrderedLoad load = OrderedLoad.open(target.driver(), EntityResolver.create(ChinaGazetteer.shared()), report)) {
            List<ArticleGraph> sameFile = new ArrayList<>();
            long current = -1;
            while (files.hasNext()) {
                ExtractedFile file = files.next();
                if (file.order() != current && current >= 0) {
                    load.addFile(sameFile);
                    sameFile = new ArrayList<>();
                }
                current = file.order();
                file.failures().forEach(f -> report.accept(new IngestSummary.FileFailure(f.file(), f.reason())));
                characters += file.characters();
                extractNanos += file.nanos();
                for (ShippedArticle article : file.articles()) {
                    sameFile.add(article.graph());
                }
            }
            if (current >= 0) {
                load.addFile(sameFile);
            }
            WriteResult written = load.finish();
            return new Loaded(failures, written, characters, extractNanos / 1e9, load.writeSeconds(), load.batchSize());
        }
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
