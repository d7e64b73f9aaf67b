package com.zhengqi.graph.serve;

import java.util.List;

/** The {@code ProjectFilter} input; blank strings and empty lists mean "no condition". */
record ProjectFilter(String region, Boolean includeSubregions, String industry, String investor, Double minAmountYuan,
                     Double maxAmountYuan, List<String> status) {

    static final ProjectFilter NONE = new ProjectFilter(null, true, null, null, null, null, null);

    ProjectFilter {
        region = blankToNull(region);
        industry = blankToNull(industry);
        investor = blankToNull(investor);
        includeSubregions = includeSubregions == null || includeSubregions;
        status = status == null || status.isEmpty() ? null : List.copyOf(status);
    }

    /** Rejects a filter that cannot match anything because its bounds are crossed. */
    ProjectFilter checked() {
        if (minAmountYuan != null && maxAmountYuan != null && minAmountYuan > maxAmountYuan) {
            throw ApiException.badArgument("filter.minAmountYuan", "is larger than filter.maxAmountYuan");
        }
        return this;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
