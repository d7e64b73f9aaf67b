package com.zhengqi.graph.export;

import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.NodeKind;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphML 1.0 (graphml.graphdrawing.org), valid against its XSD, for yEd, Gephi, Cytoscape desktop,
 * NetworkX and igraph. Node ids are numbered ({@code n0}, {@code n1}, ...) because GraphML wants XML
 * name tokens there and names such as 李富生@北关区 are not. Besides its properties every node carries
 * {@code key} (its key in the export, as in the CSV and GEXF files), {@code label} (its name),
 * {@code labels} (its Neo4j labels, {@code :A:B}), {@code kind} and {@code color}; every edge
 * {@code label} (title, amount or type) and {@code type}. yEd shows labels once they are mapped in
 * Edit → Properties Mapper; Gephi reads {@code label} by itself.
 */
final class GraphMlWriter implements SnapshotFormatWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    @Override
    public void write(GraphSnapshot graph, OutputStream stream) {
        Keys nodeKeys = new Keys("node", "dn", List.of("key", "label", "labels", "kind", "color"),
                PropertyColumns.of(graph.nodes().stream().map(ExportNode::properties).toList()));
        Keys edgeKeys = new Keys("edge", "de", List.of("label", "type"),
                PropertyColumns.of(graph.relationships().stream().map(ExportRelationship::properties).toList()));
        try (XmlOut xml = new XmlOut(stream)) {
            xml.start("graphml").attribute("xmlns", NAMESPACE)
                    .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                    .attribute("xsi:schemaLocation", SCHEMA_LOCATION);
            xml.comment("ZhengQi Graph export: %d nodes, %d relationships. Property names are Neo4j's; lists and maps are JSON text."
                    .formatted(graph.nodes().size(), graph.relationships().size()));
            nodeKeys.declare(xml);
            edgeKeys.declare(xml);
            xml.start("graph").attribute("id", "G").attribute("edgedefault", "directed");
            Map<String, String> nodeIds = new HashMap<>();
            for (ExportNode node : graph.nodes()) {
                nodeIds.put(node.key(), "n" + nodeIds.size());
            }
            for (ExportNode node : graph.nodes()) {
                NodeKind kind = GraphRegistry.standard().kindOf(node.labels());
                xml.start("node").attribute("id", nodeIds.get(node.key()));
                nodeKeys.data(xml, "key", node.key());
                nodeKeys.data(xml, "label", node.displayName());
                nodeKeys.data(xml, "labels", ":" + String.join(":", node.labels()));
                nodeKeys.data(xml, "kind", kind.key());
                nodeKeys.data(xml, "color", kind.color());
                nodeKeys.properties(xml, node.properties());
                xml.end();
            }
            int index = 0;
            for (ExportRelationship relationship : graph.relationships()) {
                xml.start("edge").attribute("id", "e" + index++)
                        .attribute("source", nodeIds.get(relationship.source())).attribute("target", nodeIds.get(relationship.target()));
                edgeKeys.data(xml, "label", EdgeLabels.of(relationship));
                edgeKeys.data(xml, "type", relationship.type());
                edgeKeys.properties(xml, relationship.properties());
                xml.end();
            }
            xml.end();
            xml.end();
        }
    }

    /** The {@code <key>}s of one domain (node or edge) and the {@code <data>} that refers to them. */
    private record Keys(String domain, AttributeIds ids) {

        Keys(String domain, String prefix, List<String> added, List<PropertyColumns.Column> columns) {
            this(domain, new AttributeIds(prefix, added, columns));
        }

        void declare(XmlOut xml) {
            ids.declarations((id, name, type) -> xml.start("key").attribute("id", id).attribute("for", domain)
                    .attribute("attr.name", name).attribute("attr.type", type).end());
        }

        void data(XmlOut xml, String added, String value) {
            xml.start("data").attribute("key", ids.addedId(added)).endWithText(value);
        }

        void properties(XmlOut xml, Map<String, Object> properties) {
            ids.values(properties, (id, text) -> xml.start("data").attribute("key", id).endWithText(text));
        }
    }
}
