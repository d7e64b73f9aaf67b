package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText.Credit;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One paragraph-sized piece of a page in reading order, after lines are joined: what it is, its
 * cleaned text (for a dateline, the text after the dateline), whether a hard break stood before it,
 * the credits read from it, and the date of a brief.
 */
record Block(Kind kind, String text, boolean afterHardBreak, List<Credit> credits, @Nullable String publishedOn) {

    enum Kind {
        /** A headline, kicker, subtitle or in-article subheading. */
        HEADING,
        /** A column or section label: not part of any article. */
        LABEL,
        /** A paragraph of an article. */
        BODY,
        /** A byline line: an article starts here, its headings are the ones just before. */
        BYLINE,
        /** A paragraph opened by a dateline: an article starts here, {@link #text} is what follows the dateline. */
        DATELINE,
        /** A photo caption with its credit. */
        CAPTION,
        /** A photo credit on its own line, for the caption before it. */
        PHOTO_CREDIT,
        /** Credits for the article being read (closing bracketed credits, metadata authors). */
        CLOSING_CREDIT,
        /** Editors of the whole page. */
        EDITORS,
        /** A brief of a news list: an article starts here, {@link #text} is its headline, {@link #publishedOn} its date. */
        BRIEF
    }

    Block {
        credits = List.copyOf(credits);
    }

    Block(Kind kind, String text, boolean afterHardBreak, List<Credit> credits) {
        this(kind, text, afterHardBreak, credits, null);
    }

    static Block of(Kind kind, String text, boolean afterHardBreak) {
        return new Block(kind, text, afterHardBreak, List.of());
    }

    Block withKind(Kind newKind, List<Credit> newCredits) {
        return new Block(newKind, text, afterHardBreak, newCredits);
    }
}
