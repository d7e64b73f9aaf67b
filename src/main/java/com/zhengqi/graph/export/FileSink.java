package com.zhengqi.graph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where an export of several files goes: a folder, or the entries of a zip archive. */
interface FileSink {

    /** A stream for one new file; closing it finishes that file only. */
    OutputStream create(String name) throws IOException;

    static FileSink folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        return name -> Files.newOutputStream(folder.resolve(name));
    }

    /** Entries of the archive; the caller closes the archive when every file is written. */
    static FileSink zip(ZipOutputStream zip) {
        return name -> {
            zip.putNextEntry(new ZipEntry(name));
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                    zip.closeEntry();
                }
            };
        };
    }
}
