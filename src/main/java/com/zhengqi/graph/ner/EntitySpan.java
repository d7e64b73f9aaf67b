package com.zhengqi.graph.ner;

/**
 * A typed stretch of text, {@code [start, end)} in characters.
 *
 * @param label one of the CLUENER labels: name, position, company, government, organization, address, ...
 */
public record EntitySpan(String label, int start, int end, String text) {
}
