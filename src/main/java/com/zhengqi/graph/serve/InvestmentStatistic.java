package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/**
 * An aggregate an article reports for a region. The statistic node carries kind, amount and count;
 * its provenance is on the node or, failing that, on the relationship that ties it to the region.
 */
record InvestmentStatistic(String id, Region region, String kind, Double amountYuan, Integer count, String evidence,
                           String articleId) {

    static InvestmentStatistic of(Value row) {
        Value s = row.get("statistic");
        Value x = row.get("rel");
        return new InvestmentStatistic(s.get("id").asString(), (Region) Entity.of(row.get("region")),
                Values.text(s.get("kind")), Values.decimal(s.get("amountYuan")), Values.integer(s.get("count")),
                Values.text(s.get("evidence").isNull() ? x.get("evidence") : s.get("evidence")),
                Values.text(s.get("articleId").isNull() ? x.get("articleId") : s.get("articleId")));
    }
}
