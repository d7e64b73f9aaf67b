package com.zhengqi.graph.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parquet files take the place in the input order that ingest's walk gives their names (each folder's entries in
 * name order, a subfolder's files where its name falls), among the files ingest reads; hidden ones are left out,
 * and Parquet files under a name starting with an underscore (an unfinished write's {@code _temporary/}).
 */
class InputListingTest {

    @TempDir
    Path folder;

    @Test
    void parquetFilesAreInputsInTheWalksNameOrderAmongTheOtherFiles() throws IOException {
        for (String name : List.of("a.txt", "b/c.parquet", "b/d.jsonl", "b.parquet", "e.html", "b/_SUCCESS", ".hidden/x.parquet",
                "b/.c.parquet.crc", "b/_temporary/0/part-0.parquet", "f.csv")) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        List<String> messages = new ArrayList<>();

        List<InputFile> files = InputListing.of(List.of(folder.toString()), new Configuration(false), messages::add);

        assertThat(files).extracting(f -> folder.relativize(Path.of(f.source())).toString())
                .containsExactly("a.txt", "b/c.parquet", "b/d.jsonl", "b.parquet", "e.html");
        assertThat(files).extracting(InputFile::table).containsExactly(false, true, false, true, false);
        assertThat(files).extracting(InputFile::order).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(messages).isEmpty();
    }

    @Test
    void aNamedParquetFileIsATableAndANamedTextFileIsNot() throws IOException {
        Path table = Files.writeString(folder.resolve("articles.parquet"), "x");
        Path page = Files.writeString(folder.resolve("page.txt"), "x");

        List<InputFile> files = InputListing.of(List.of(page.toString(), table.toString()), new Configuration(false), m -> { });

        assertThat(files).extracting(InputFile::source).containsExactly(page.toString(), table.toString());
        assertThat(files).extracting(InputFile::table).containsExactly(false, true);
    }
}
