package com.zhengqi.graph.serve;

import java.util.List;

/** What the explorer shows on arrival (see the schema's Overview). */
record Overview(Counts counts, List<Ranked> officials, List<Ranked> companies, List<RegionTotal> regions) {

    record Counts(int articles, int people, int companies, int governmentBodies, int regions, int projects,
                  int industries, double amountYuan) {
    }

    /** An entity and its number of relationships. */
    record Ranked(Entity entity, int relationships) {
    }

    /** Investment in one province, city or county, its subregions included. */
    record RegionTotal(Region region, double amountYuan, int projects, int projectsWithoutAmount) {
    }
}
