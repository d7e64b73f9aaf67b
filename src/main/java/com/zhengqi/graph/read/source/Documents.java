package com.zhengqi.graph.read.source;

import com.hankcs.hanlp.HanLP;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link SourceDocument} out of decoded text: checks it is there and within the limit, dates it by its path or
 * address when the file states no date, and converts traditional characters.
 */
final class Documents {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Documents() {
    }

    static SourceDocument make(String source, String text, @Nullable String title, @Nullable String publishedOn,
                               @Nullable String encoding) throws UnreadableSourceException {
        String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new UnreadableSourceException("no text in it");
        }
        if (body.length() > ReadLimits.MAX_DOCUMENT_CHARS) {
            throw new UnreadableSourceException("too long: %,d characters of text, more than the %,d one document may have (split it)"
                    .formatted(body.length(), ReadLimits.MAX_DOCUMENT_CHARS));
        }
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        // e-papers and sites file pages by date: the path or address dates a page that states no date itself
        String date = publishedOn != null ? publishedOn : PublicationDates.fromAddress(source).orElse(null);
        String simplified = TraditionalChinese.toSimplified(body);
        if (simplified == null) {
            return new SourceDocument(source, body, cleanTitle, date, null, encoding);
        }
        String simplifiedTitle = cleanTitle == null ? null : HanLP.convertToSimplifiedChinese(cleanTitle);
        return new SourceDocument(source, simplified, simplifiedTitle, date, body, encoding);
    }
}
