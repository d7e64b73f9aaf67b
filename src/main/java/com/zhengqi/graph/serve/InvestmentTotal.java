package com.zhengqi.graph.serve;

/** One group of investment totals. */
record InvestmentTotal(String key, String name, Entity entity, double amountYuan, int projects, int projectsWithoutAmount) {
}
