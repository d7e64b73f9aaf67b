package com.zhengqi.graph.model;

import java.util.List;

/**
 * One article cut out of a page by the reader, before any entity is looked for.
 *
 * @param title       headline, or the first line when the page gives none
 * @param text        the article's normalised text; every offset of every mention and relationship
 *                    read from this article points into it
 * @param publishedOn ISO date (yyyy-MM-dd) when the page states one, else null
 * @param newspaper   the paper's name when the page states one, else null
 * @param credits     reporters, correspondents, photographers and editors named in bylines
 */
public record ArticleText(String title, String text, String publishedOn, String newspaper, List<Credit> credits) {

    public ArticleText {
        credits = List.copyOf(credits);
    }

    /** A person credited for an article; they get REPORTED, never a position. */
    public record Credit(String name, Role role) {
    }

    public enum Role { REPORTER, CORRESPONDENT, PHOTOGRAPHER, EDITOR }
}
