package com.zhengqi.graph.serve;

import java.util.List;

/** A project (项目) with its total investment in yuan, when stated. */
record Project(String elementId, String id, String name, List<String> labels, Double amountYuan, String status)
        implements Entity {
}
