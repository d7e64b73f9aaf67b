package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;

/**
 * One document read from an input file, before extraction: its text plus what the file itself said
 * about it. A text, HTML or PDF file gives one document (a page, which may hold several articles); a
 * JSON or JSON-lines file gives one per record.
 *
 * @param source       where it came from: the file path, {@code file:line} for a JSON-lines record, or the
 *                     record's own {@code source} (a URL) when it has one
 * @param text         the text to extract from, in simplified Chinese when the file was traditional
 * @param title        the title the file states (HTML meta or {@code <title>}, PDF information, JSON field), or null
 * @param publishedOn  the publication date the file states, as an ISO date (yyyy-MM-dd), or null
 * @param originalText the text as written when it was converted from traditional to simplified
 *                     Chinese, else null
 * @param encoding     the character encoding the bytes were decoded from, or null for PDF
 * @param site         the name of the site the page is on (an HTML page's SiteName meta, or its {@code <title>}
 *                     beside the headline: 领导活动_某县招商局), or null
 */
public record SourceDocument(String source, String text, @Nullable String title, @Nullable String publishedOn,
                             @Nullable String originalText, @Nullable String encoding, @Nullable String site) {

    public SourceDocument(String source, String text, @Nullable String title, @Nullable String publishedOn,
                          @Nullable String originalText, @Nullable String encoding) {
        this(source, text, title, publishedOn, originalText, encoding, null);
    }

    /** This document as read from a page of the named site. */
    public SourceDocument onSite(@Nullable String siteName) {
        return new SourceDocument(source, text, title, publishedOn, originalText, encoding, siteName);
    }

    /** A document with nothing but its text, as a caller that already holds the text would make it. */
    public static SourceDocument ofText(String source, String text) {
        return new SourceDocument(source, text, null, null, null, null);
    }

    /** Whether the file was written in traditional characters and {@link #text} is the simplified conversion. */
    public boolean convertedFromTraditional() {
        return originalText != null;
    }
}
