package com.zhengqi.graph.read.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A plain-text file: one page, in whatever encoding it was saved. */
final class PlainTextReader implements FormatReader {

    private final ReadOptions options;

    PlainTextReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public List<SourceDocument> read(Path file, Consumer<SkippedRecord> skipped) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(FileBytes.read(file, ReadLimits.MAX_TEXT_FILE_BYTES), options.encoding(), null);
        return List.of(Documents.make(file.toString(), decoded.text(), null, null, decoded.encoding()));
    }
}
