package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;

import java.nio.charset.Charset;

/**
 * How input files are read.
 *
 * @param encoding the encoding of every text, HTML and JSON file, as the user named it with
 *                 {@code --encoding}; null to detect it per file
 */
public record ReadOptions(@Nullable Charset encoding) {

    public static final ReadOptions DETECT = new ReadOptions(null);

    /** Options for an encoding name as a user types it (GBK, big5, utf-8); blank or null means detect. */
    public static ReadOptions forEncodingName(@Nullable String name) {
        return name == null || name.isBlank() ? DETECT : new ReadOptions(Encodings.forName(name));
    }
}
