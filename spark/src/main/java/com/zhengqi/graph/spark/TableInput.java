package com.zhengqi.graph.spark;

import com.zhengqi.graph.read.ReadFailures;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;

/**
 * The Parquet files among the inputs, read as one table by Spark's DataFrame reader (any Hadoop file system)
 * and partitioned by Spark: each row is one article, a record with the fields of a JSON-lines line
 * ({@code text}, {@code title}, {@code source}, {@code publishedOn}, ...). Each row is turned into that JSON line
 * ({@code to_json}: a null field is left out, a number stays a number, a date becomes its ISO string) and read by
 * ingest's own JSON-lines reader on the executor ({@link TableExtraction}), so a row obeys every rule a line does.
 *
 * <p>Order: a file's rows in row position ({@code _metadata.row_index}), files in input order. The rows are
 * range-partitioned and sorted on that key, so reading the partitions in turn gives the table in input order,
 * as ingest would read the same rows written as a JSON-lines file in the Parquet file's place.
 */
final class TableInput {

    private TableInput() {
    }

    /**
     * The extracted rows of {@code tables}, in input order, in {@code partitions} partitions. A file that is not
     * Parquet (its footer cannot be read) goes to {@code failed} and is left out, as ingest leaves out a bad file.
     */
    static JavaRDD<ExtractedFile> extract(SparkSession spark, List<InputFile> tables, int partitions,
                                          Consumer<ExtractedFile.Failure> failed, Consumer<String> messages) {
        Configuration configuration = spark.sparkContext().hadoopConfiguration();
        HashMap<String, Long> orders = new HashMap<>();
        HashMap<Long, String> sources = new HashMap<>();
        // Files by schema: one read per schema, so that a file whose "title" is a number makes its own rows bad
        // (as a JSON line with a number there is) instead of failing a merged schema for the whole table.
        Map<String, List<String>> bySchema = new LinkedHashMap<>();
        for (InputFile table : tables) {
            String schema;
            try {
                schema = schema(table, configuration);
            } catch (Exception e) {
                failed.accept(new ExtractedFile.Failure(table.source(), "not a readable Parquet file (" + ReadFailures.describe(e) + ")"));
                continue;
            }
            if (orders.containsKey(key(table.uri()))) {
                // Ingest would read it again and find every article already in the graph: the same graph, read once.
                messages.accept(table.source() + ": named twice; its rows are read once, in its first place");
                continue;
            }
            orders.put(key(table.uri()), table.order());
            sources.put(table.order(), table.source());
            bySchema.computeIfAbsent(schema, k -> new ArrayList<>()).add(table.uri());
        }
        if (bySchema.isEmpty()) {
            return JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
        }
        UserDefinedFunction orderOf = udf((UDF1<String, Long>) path -> orders.get(key(path)), DataTypes.LongType);
        Dataset<Row> records = null;
        for (List<String> files : bySchema.values()) {
            Dataset<Row> read = spark.read().parquet(files.toArray(String[]::new))
                    .select(to_json(struct(col("*"))).as("record"), orderOf.apply(col("_metadata.file_path")).as("file"),
                            col("_metadata.file_path").as("path"), col("_metadata.row_index").as("row"));
            records = records == null ? read : records.unionAll(read);
        }
        Dataset<Row> ordered = records
                .repartitionByRange(Math.max(1, partitions), col("file"), col("row"))
                .sortWithinPartitions(col("file"), col("row"));
        return ordered.javaRDD().mapPartitions(new TableExtraction(sources));
    }

    /** The schema a table file's Parquet footer states; throws when the file has none (not Parquet, cut short). */
    private static String schema(InputFile table, Configuration configuration) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(URI.create(table.uri())), configuration))) {
            return reader.getFooter().getFileMetaData().getSchema().toString();
        }
    }

    /** One spelling for a file's URI, whether Spark ({@code file:/a}) or the listing ({@code file:///a}) wrote it. */
    static String key(String uri) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException e) {
            u = new org.apache.hadoop.fs.Path(uri).toUri();
        }
        return (u.getScheme() == null ? "file" : u.getScheme()) + "://" + (u.getAuthority() == null ? "" : u.getAuthority()) + u.getPath();
    }
}
