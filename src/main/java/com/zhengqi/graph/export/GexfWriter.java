package com.zhengqi.graph.export;

import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.NodeKind;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GEXF 1.2draft (gexf.net), valid against its XSD, for Gephi. Nodes carry their name as label, a
 * colour by kind and a size by degree; their Neo4j labels, kind and properties are node attributes,
 * and an edge's type and properties are edge attributes, so Gephi can partition and filter on them.
 * The 1.2draft schema declares color and size in the GEXF namespace itself (not viz:), and that is
 * how they are written; Gephi reads them by local name.
 */
final class GexfWriter implements SnapshotFormatWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.gexf.net/1.2draft/gexf.xsd";

    @Override
    public void write(GraphSnapshot graph, OutputStream stream) {
        Attributes nodeAttributes = new Attributes("node", "n", List.of("labels", "kind"),
                PropertyColumns.of(graph.nodes().stream().map(ExportNode::properties).toList()));
        Attributes edgeAttributes = new Attributes("edge", "e", List.of("type"),
                PropertyColumns.of(graph.relationships().stream().map(ExportRelationship::properties).toList()));
        Map<String, Integer> degree = new HashMap<>();
        for (ExportRelationship r : graph.relationships()) {
            degree.merge(r.source(), 1, Integer::sum);
            degree.merge(r.target(), 1, Integer::sum);
        }
        try (XmlOut xml = new XmlOut(stream)) {
            xml.start("gexf").attribute("xmlns", NAMESPACE)
                    .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                    .attribute("xsi:schemaLocation", SCHEMA_LOCATION).attribute("version", "1.2");
            xml.start("meta").attribute("lastmodifieddate", LocalDate.now().toString());
            xml.textElement("creator", "ZhengQi Graph");
            xml.textElement("description", "%d nodes, %d relationships. Property names are Neo4j's; lists and maps are JSON text."
                    .formatted(graph.nodes().size(), graph.relationships().size()));
            xml.end();
            xml.start("graph").attribute("defaultedgetype", "directed").attribute("mode", "static");
            nodeAttributes.declare(xml);
            edgeAttributes.declare(xml);
            xml.start("nodes");
            for (ExportNode node : graph.nodes()) {
                NodeKind kind = GraphRegistry.standard().kindOf(node.labels());
                xml.start("node").attribute("id", node.key()).attribute("label", node.displayName());
                xml.start("attvalues");
                nodeAttributes.value(xml, "labels", ":" + String.join(":", node.labels()));
                nodeAttributes.value(xml, "kind", kind.key());
                nodeAttributes.properties(xml, node.properties());
                xml.end();
                xml.start("color").attribute("r", Integer.toString(kind.red())).attribute("g", Integer.toString(kind.green()))
                        .attribute("b", Integer.toString(kind.blue())).end();
                xml.start("size").attribute("value", Double.toString(size(degree.getOrDefault(node.key(), 0)))).end();
                xml.end();
            }
            xml.end();
            xml.start("edges");
            int index = 0;
            for (ExportRelationship relationship : graph.relationships()) {
                xml.start("edge").attribute("id", "e" + index++).attribute("source", relationship.source())
                        .attribute("target", relationship.target()).attribute("label", EdgeLabels.of(relationship));
                xml.start("attvalues");
                edgeAttributes.value(xml, "type", relationship.type());
                edgeAttributes.properties(xml, relationship.properties());
                xml.end();
                xml.end();
            }
            xml.end();
            xml.end();
            xml.end();
        }
    }

    /** Hubs stand out without dwarfing everything else. */
    private static double size(int degree) {
        return Math.round((8 + 4 * Math.sqrt(degree)) * 10) / 10.0;
    }

    /** The {@code <attributes>} of one class (node or edge) and the {@code <attvalue>}s that refer to them. */
    private record Attributes(String domain, AttributeIds ids) {

        Attributes(String domain, String prefix, List<String> added, List<PropertyColumns.Column> columns) {
            this(domain, new AttributeIds(prefix, added, columns));
        }

        void declare(XmlOut xml) {
            xml.start("attributes").attribute("class", domain).attribute("mode", "static");
            ids.declarations((id, title, type) ->
                    xml.start("attribute").attribute("id", id).attribute("title", title).attribute("type", type).end());
            xml.end();
        }

        void value(XmlOut xml, String added, String value) {
            xml.start("attvalue").attribute("for", ids.addedId(added)).attribute("value", value).end();
        }

        void properties(XmlOut xml, Map<String, Object> properties) {
            ids.values(properties, (id, text) -> xml.start("attvalue").attribute("for", id).attribute("value", text).end());
        }
    }
}
