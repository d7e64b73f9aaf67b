package com.zhengqi.graph.read.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads the files of one format into documents. */
interface FormatReader {

    /**
     * The documents of a file. Throws {@link UnreadableSourceException} with the reason when the file
     * cannot be read, and any other {@link IOException} the file system raises. A format of many
     * records hands each bad one to {@code skipped} and returns the others; the rest return one document.
     */
    List<SourceDocument> read(Path file, Consumer<SkippedRecord> skipped) throws IOException;
}
