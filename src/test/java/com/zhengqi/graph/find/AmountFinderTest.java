package com.zhengqi.graph.find;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmountFinderTest {

    private final AmountFinder finder = new AmountFinder();

    @Test
    void convertsYiAndWanToYuan() {
        List<Amount> amounts = finder.find("该园区计划投资12.5亿元，首期到位资金3000万元。");
        assertThat(amounts).extracting(Amount::value).containsExactly(1.25e9, 3.0e7);
        assertThat(amounts).allMatch(Amount::isYuan);
    }

    @Test
    void decimalSumsComeOutExactlyAsWritten() {
        List<Amount> amounts = finder.find("全年完成投资39.55亿元，其中外资0.07亿美元，社会资金1.1万元。");
        assertThat(amounts).extracting(Amount::value).containsExactly(3_955_000_000.0, 7_000_000.0, 11_000.0);
    }

    @Test
    void keepsDollarsInTheirCurrencyAndMarksApproximations() {
        List<Amount> amounts = finder.find("外资项目合计约4.2亿美元，另有内资项目逾8亿元。");
        assertThat(amounts).hasSize(2);
        assertThat(amounts.get(0).currency()).isEqualTo("USD");
        assertThat(amounts.get(0).value()).isEqualTo(4.2e8);
        assertThat(amounts.get(0).approximate()).isTrue();
        assertThat(amounts.get(1).approximate()).isTrue();
    }

    @Test
    void countsOfThingsAreNotMoney() {
        assertThat(finder.find("年产500万件服装，占地20万平方米，带动3000人就业。")).isEmpty();
    }

    @Test
    void bareYiWithoutYuanIsMoneyWhenNoMeasureWordFollows() {
        assertThat(finder.find("计划投资30亿；年产1.5亿片")).extracting(Amount::value).containsExactly(3.0e9);
    }
}
