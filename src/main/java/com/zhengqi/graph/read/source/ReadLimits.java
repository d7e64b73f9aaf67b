package com.zhengqi.graph.read.source;

/**
 * The size limits every input must keep. They bound memory: a file over a limit is refused before
 * it is loaded, so a 200 MB file costs nothing but the line that names it. docs/robustness.md gives
 * the reasons for the figures.
 */
final class ReadLimits {

    /**
     * Characters of text in one document (a page or a JSON record). A newspaper page holds 5,000 to
     * 30,000; a million is far above any real page and still extracts in a few seconds.
     */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;

    /**
     * Bytes of a plain-text file: no encoding spends more than four bytes on a character, so a bigger
     * file cannot hold a page within {@link #MAX_DOCUMENT_CHARS}, and is refused without being read.
     */
    public static final long MAX_TEXT_FILE_BYTES = 4L * MAX_DOCUMENT_CHARS;

    /** Bytes of an HTML page, which carries markup, scripts and styles besides its text. */
    public static final long MAX_HTML_FILE_BYTES = 16L << 20;

    /** Bytes of a PDF (pages with images are large) or of a JSON / JSON-lines file of many records. */
    public static final long MAX_CONTAINER_FILE_BYTES = 64L << 20;

    private ReadLimits() {
    }

    static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? "%.1f MB".formatted(bytes / (double) (1 << 20)) : "%,d bytes".formatted(bytes);
    }
}
