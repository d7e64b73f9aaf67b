package com.zhengqi.graph.find;

/**
 * A sum of money written in the text, {@code [start, end)}, converted to whole units of its currency
 * (亿元 and 万元 become yuan; 亿美元 stays in dollars with {@code currency} USD).
 *
 * @param approximate true for 约, 余, 逾, 超过, 近 and the like
 */
public record Amount(int start, int end, double value, String currency, boolean approximate) {

    public boolean isYuan() {
        return "CNY".equals(currency);
    }
}
