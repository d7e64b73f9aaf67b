package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The input formats, told apart by file name extension. */
enum Format {
    TEXT("txt", "text"),
    HTML("html", "htm", "xhtml", "shtml"),
    PDF("pdf"),
    JSON("json"),
    JSON_LINES("jsonl", "ndjson");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format of a file by its extension, or null when the extension is none of the supported ones. */
    public static @Nullable Format of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String fileName = name.toString();
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        return null;
    }
}
