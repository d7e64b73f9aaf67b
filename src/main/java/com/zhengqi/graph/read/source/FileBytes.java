package com.zhengqi.graph.read.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file into memory, but only up to a limit: a bigger file is refused before it is loaded. */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] read(Path file, long limit) throws IOException {
        checkSize(file, limit);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the limit tells a file that grew since its size was taken.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            throw tooBig(bytes.length, limit);
        }
        if (bytes.length == 0) {
            throw new UnreadableSourceException("empty file");
        }
        return bytes;
    }

    /** Refuses a file over the limit, or an empty one, by its size alone. */
    static void checkSize(Path file, long limit) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw tooBig(size, limit);
        }
    }

    private static UnreadableSourceException tooBig(long size, long limit) {
        return new UnreadableSourceException("too big: %s, more than the %s a file of this kind may have (see docs/robustness.md; split it)"
                .formatted(ReadLimits.megabytes(size), ReadLimits.megabytes(limit)));
    }
}
