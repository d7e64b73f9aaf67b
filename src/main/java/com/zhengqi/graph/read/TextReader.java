package com.zhengqi.graph.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input file as text. UTF-8 with or without BOM; other formats and encodings come later. */
public final class TextReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
