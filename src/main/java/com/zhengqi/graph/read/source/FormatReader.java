package com.zhengqi.graph.read.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the files of one format into documents. */
interface FormatReader {

    /**
     * The documents of a file, at least one. Throws {@link UnreadableSourceException} with the reason
     * when the file cannot be read, and any other {@link IOException} the file system raises.
     */
    List<SourceDocument> read(Path file) throws IOException;
}
