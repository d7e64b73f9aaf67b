package com.zhengqi.graph.find;

/**
 * A date written in the text, {@code [start, end)}, and what it stands for; {@code value} is null when the text
 * does not say enough (12月1日 in an article with no date and no year, 昨日 in an undated article).
 */
public record DateMention(int start, int end, String text, StatedDate value) {

    public boolean resolved() {
        return value != null;
    }
}
