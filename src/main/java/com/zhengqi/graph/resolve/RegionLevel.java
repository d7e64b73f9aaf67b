package com.zhengqi.graph.resolve;

/**
 * The levels a {@link Division} can have (graph-model.md), from the top down. {@link Division#level()} holds
 * the name of one of these.
 */
enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWN, ZONE, COMMUNITY;

    /** The level of a division. */
    public static RegionLevel of(Division division) {
        return valueOf(division.level());
    }
}
