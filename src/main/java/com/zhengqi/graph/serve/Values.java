package com.zhengqi.graph.serve;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Reading optional numbers from driver values, whatever numeric type the loader stored. */
final class Values {

    private Values() {
    }

    static @Nullable Double decimal(@Nullable Value value) {
        return value == null || value.isNull() ? null : value.asNumber().doubleValue();
    }

    static @Nullable Integer integer(@Nullable Value value) {
        return value == null || value.isNull() ? null : value.asNumber().intValue();
    }

    static @Nullable String text(@Nullable Value value) {
        return value == null || value.isNull() ? null : value.asObject().toString();
    }
}
