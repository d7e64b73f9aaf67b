package com.zhengqi.graph.model;

/**
 * A span of the article text that names something, {@code [start, end)} in {@link Document#text()}.
 *
 * @param annotator the name of the annotator that found it
 */
public record Mention(MentionType type, int start, int end, String text, String annotator) {
}
