package com.zhengqi.graph.registry;

/**
 * How the explorer and the GraphML/GEXF exports draw a node of some label.
 *
 * @param key     a stable English key (official, company, ...)
 * @param name    the Chinese name the legend shows
 * @param english the English name
 * @param color   {@code #rrggbb}
 * @param shape   a Cytoscape node shape (ellipse, hexagon, ...)
 */
public record NodeKind(String key, String name, String english, String color, String shape) {

    public int red() {
        return Integer.parseInt(color.substring(1, 3), 16);
    }

    public int green() {
        return Integer.parseInt(color.substring(3, 5), 16);
    }

    public int blue() {
        return Integer.parseInt(color.substring(5, 7), 16);
    }
}
