package com.zhengqi.graph.resolve.identity;

/** Tells whether a piece of text names an administrative division (安阳市, 安阳, 北关区, 内蒙古). */
@FunctionalInterface
public interface RegionNames {

    boolean isRegionName(String text);

    default RegionNames or(RegionNames other) {
        return text -> isRegionName(text) || other.isRegionName(text);
    }

    /**
     * The longest beginning of {@code name} that names a division and leaves something after it,
     * or the empty string; 吴江市顺业纺织有限公司 → 吴江市.
     */
    default String longestPrefix(String name) {
        for (int end = Math.min(name.length() - 1, MAX_REGION_NAME); end >= 2; end--) {
            if (isRegionName(name.substring(0, end))) {
                return name.substring(0, end);
            }
        }
        return "";
    }

    /** No division name (a Chinese one included) is longer than this many characters. */
    int MAX_REGION_NAME = 12;
}
