package com.zhengqi.graph.serve;

/** Region levels of the graph model; a level the loader adds later reads as OTHER, null stays null. */
enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWN, ZONE, COMMUNITY, OTHER;

    static RegionLevel of(String level) {
        if (level == null) {
            return null;
        }
        for (RegionLevel l : values()) {
            if (l.name().equals(level)) {
                return l;
            }
        }
        return OTHER;
    }
}
