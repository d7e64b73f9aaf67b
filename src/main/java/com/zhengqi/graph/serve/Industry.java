package com.zhengqi.graph.serve;

import java.util.List;

/** An industry (产业); industries are keyed by name, so the name is also the id. */
record Industry(String elementId, String name, List<String> labels) implements Entity {

    @Override
    public String id() {
        return name;
    }
}
