package com.zhengqi.graph.resolve;

/** A place named in an article, {@code [start, end)} in the article text, resolved to one division. */
public record RegionMention(int start, int end, String surface, Division division) {
}
