package com.zhengqi.graph.model;

import java.util.Map;

/**
 * A relationship read from one article between two entity nodes of the document, with the evidence it was read
 * from: {@code [evidenceStart, evidenceEnd)} in {@link Document#text()}.
 *
 * @param from       id of the start node (n1, n2, ...)
 * @param to         id of the end node
 * @param properties the relationship's own properties (title, amountYuan, ...), without provenance
 * @param annotator  the name of the annotator that read it
 */
public record Relation(String type, String from, String to, Map<String, Object> properties,
                       int evidenceStart, int evidenceEnd, String annotator) {

    public Relation {
        properties = Map.copyOf(properties);
    }
}
