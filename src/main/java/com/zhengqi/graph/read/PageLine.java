package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText.Credit;

import java.util.List;

/**
 * One non-blank line of a cleaned page: its text, how many blank lines stood before it (two or
 * more mean a hard break, such as the gap around a photograph in PDF text), what kind of line it is,
 * the credits or metadata read from it, and whether it opens with a dateline ("本报讯(记者 …)…"),
 * which no earlier line can continue into.
 */
record PageLine(String text, int blankLinesBefore, Kind kind, List<Credit> credits, PageMetadataReader.Found metadata,
                boolean opensWithDateline) {

    /** What a line is, decided on the line alone, before lines are joined into paragraphs. */
    enum Kind {
        /** Ordinary text: part of a headline or a paragraph; the only kind that is joined. */
        TEXT,
        /** A byline printed above an article. */
        BYLINE,
        /** A photo credit on its own line. */
        PHOTO_CREDIT,
        /** A bracketed credit closing an article. */
        CLOSING_CREDIT,
        /** The editors of the page. */
        EDITORS,
        /** Date, source, e-mail and header lines. */
        METADATA,
        /** A column or section label. */
        LABEL,
        /** An item of a bulleted or numbered list, which starts its own paragraph. */
        LIST_ITEM,
        /** A brief of a news list: its headline (the text) and its own date (in {@code metadata}). */
        BRIEF
    }

    PageLine {
        credits = List.copyOf(credits);
    }

    /** Two or more blank lines before this one: nothing before it continues into it. */
    boolean afterHardBreak() {
        return blankLinesBefore >= 2;
    }
}
