package com.zhengqi.graph.export;

import java.util.List;

/** The nodes and relationships of one export; every relationship's ends are among the nodes. */
public record GraphSnapshot(List<ExportNode> nodes, List<ExportRelationship> relationships) {

    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
