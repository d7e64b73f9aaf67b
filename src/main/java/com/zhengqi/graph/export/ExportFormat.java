package com.zhengqi.graph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats an export can be written in, with the file name extension and media type of a download. */
public enum ExportFormat {
    GRAPHML("graphml", "application/graphml+xml"),
    GEXF("gexf", "application/gexf+xml"),
    /** Several files: a folder from the command line, a zip archive as a download. */
    CSV("zip", "application/zip"),
    CYPHER("cypher", "text/plain;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Its name as users type it: graphml, gexf, csv, cypher. */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a user's choice, in any case. */
    public static ExportFormat parse(String text) {
        for (ExportFormat format : values()) {
            if (format.argument().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + text + "': use one of " + choices());
    }

    public static String choices() {
        return Arrays.stream(values()).map(ExportFormat::argument).collect(Collectors.joining(", "));
    }
}
