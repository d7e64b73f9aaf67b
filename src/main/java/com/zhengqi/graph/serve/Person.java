package com.zhengqi.graph.serve;

import java.util.List;

/** A person (人物). */
record Person(String elementId, String id, String name, List<String> labels) implements Entity {
}
