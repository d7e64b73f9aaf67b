package com.zhengqi.graph.serve;

import java.util.List;

/** A region (行政区划) or development zone. */
record Region(String elementId, String id, String name, List<String> labels, String code, RegionLevel level)
        implements Entity {
}
