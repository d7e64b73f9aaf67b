package com.zhengqi.graph.serve;

/** How investment totals group projects. */
enum InvestmentGrouping {
    REGION, INDUSTRY, YEAR, INVESTOR
}
