package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/** Reading optional numbers from driver values, whatever numeric type the loader stored. */
final class Values {

    private Values() {
    }

    static Double decimal(Value value) {
        return value == null || value.isNull() ? null : value.asNumber().doubleValue();
    }

    static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asNumber().intValue();
    }

    static String text(Value value) {
        return value == null || value.isNull() ? null : value.asObject().toString();
    }
}
