package com.zhengqi.graph.serve;

/** Orders of project lists. */
enum ProjectOrder {
    AMOUNT_DESC, AMOUNT_ASC, NAME
}
