package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strings with a company ending or before a company title that still name no company (issue 18, kind 1), each with
 * a sibling sentence where a real company in the same position is kept (kind 2: banks named by a city, by one verb,
 * by the segmenter's dictionary, or by their short name). Sentences written for the test.
 */
class CompanyJunkTest {

    private static final List<String> JUNK = List.of("部分银行", "多数企业", "主流厂商", "警方调取银行", "调取银行", "随即致电银行",
            "致电银行", "储户银行", "银行卡", "营销", "客户", "博彩公司", "北京某公司", "某公司", "洛阳一家典当行", "银行支行",
            "相关银行", "银行");

    @Test
    void quantitiesOfFirmsAreNoCompanies() {
        Extracted e = Extracted.from("部分银行对不良率保持乐观，多数企业和主流厂商仍在观望。某银行支行行长老李说，相关银行尚未回应。");
        assertThat(e.names("Company")).doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void aBankNamedBesideAQuantityIsKept() {
        Extracted e = Extracted.from("部分银行与洛阳银行签约，在光大银行兑换积分。相关银行中，洛阳银行支行行长老李说。");
        assertThat(e.names("Company")).contains("洛阳银行", "光大银行").doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void aVerbOfTheSentenceBeforeAnEndingMakesNoCompany() {
        Extracted e = Extracted.from("警方调取银行录像后，储户随即致电银行客服，称储户银行卡被盗。");
        assertThat(e.names("Company")).doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void banksNamedByAVerbOrKnownAsOneWordAreKept() {
        Extracted e = Extracted.from("警方调取银行录像后，交通银行、民生银行和中国建设银行表示配合，建行的网点照常营业。"
                + "中国银行拟收购一家信托公司。");
        assertThat(e.names("Company")).contains("交通银行", "民生银行", "中国建设银行", "建行", "中国银行")
                .doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void theFieldOfAPostIsNoCompany() {
        Extracted e = Extracted.from("营销总监刘晓川表示，客户经理王海涛也到场。");
        assertThat(e.names("Company")).doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void aBrandBeforeATitleIsKept() {
        Extracted e = Extracted.from("营销总监刘晓川所在的恒川科技董事长周立群表示，双方将深化合作。");
        assertThat(e.names("Company")).contains("恒川科技").doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void aLineOfBusinessOrAnUnnamedFirmOfAPlaceIsNoCompany() {
        Extracted e = Extracted.from("博彩公司开出的赔率偏高，北京某公司员工称洛阳一家典当行经理已离开。");
        assertThat(e.names("Company")).doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void aNamedFirmOfAPlaceIsKept() {
        Extracted e = Extracted.from("北京某公司员工称，洛阳恒通典当有限公司经理已离开，洛阳市商业银行和洛阳城市建设集团签约。");
        assertThat(e.names("Company")).contains("洛阳恒通典当有限公司", "洛阳市商业银行", "洛阳城市建设集团")
                .doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void aShortNameIsABankOnlyWhereTheTextNamesTheBankInFull() {
        Extracted e = Extracted.from("某县大力开展招商引资，招商银行行长到访，招行的新网点在当地开业。");
        assertThat(e.names("Company")).contains("招商银行", "招行").doesNotContain("招商", "招商引资");
    }
}
