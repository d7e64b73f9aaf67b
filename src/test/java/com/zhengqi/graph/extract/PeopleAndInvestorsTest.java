package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is an official, who a business person, and who invests: sentences written for the test in the style of
 * investment-promotion news (branch people).
 */
class PeopleAndInvestorsTest {

    @Test
    void aBankPresidentWorksForTheBankAndIsNoOfficial() {
        Extracted e = Extracted.from("林州市举行金融合作洽谈会\n招商银行郑州分行党委书记、行长孙立新介绍了合作方案。林州市将加快对接。");
        assertThat(e.facts).contains("WORKS_FOR 孙立新 -> 招商银行郑州分行 行长");
        assertThat(e.facts).noneMatch(f -> (f.startsWith("HOLDS_POSITION") || f.startsWith("LEADS")) && f.contains("孙立新"));
    }

    @Test
    void aChairmanJoinedToHisCompanyByDeWorksForThatCompany() {
        Extracted e = Extracted.from("林州市文旅项目签约\n远航置业有限公司的董事长钱立为项目公司监事会主席。林州市将做好服务。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("WORKS_FOR 钱立 -> 远航置业有限公司"));
    }

    @Test
    void aPartnerSpeakingAfterAQuoteWorksForTheCompanyNamedBeforeTheQuote() {
        Extracted e = Extracted.from("林州市金融招商推介会举行\n青禾股权投资管理有限公司专做早期投资，已与林州市金融办接触多次。"
                + "“我们看重的是营商环境。”公司创始合伙人周明远说。");
        assertThat(e.facts).contains("WORKS_FOR 周明远 -> 青禾股权投资管理有限公司 创始合伙人");
    }

    @Test
    void theHeadOfAnUnknownZonesCommitteeHoldsAPostThereAndLeadsNoCity() {
        Extracted e = Extracted.from("林州市赴郑州洽谈项目\n林州市长赵文博，市委常委、滨湖新城管委会主任孙立峰前往郑州洽谈。");
        assertThat(e.facts).contains("LEADS 赵文博 -> 林州市 市长");
        assertThat(e.facts).noneMatch(f -> f.startsWith("LEADS 孙立峰 -> 林州市"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 孙立峰 -> 林州市滨湖新城管委会") && f.endsWith("主任"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 孙立峰 -> 林州市委") && f.endsWith("市委常委"));
    }

    @Test
    void theBankAProjectIsSignedWithInvestsInIt() {
        Extracted e = Extracted.from("林州市签约一批金融项目\n现场签约的项目中，最受关注的是城市更新投资基金项目，投资额为100亿元。"
                + "该项目是我市与招商银行郑州分行签订的，资金将用于旧城改造。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 招商银行郑州分行 -> 城市更新投资基金"));
    }

    @Test
    void aCompanySigningAnAgreementWithNoProjectInvestsInNothing() {
        Extracted e = Extracted.from("林州市经贸代表团出访\n林州市经贸代表团与远航重工有限公司在郑州签订战略合作框架协议。"
                + "根据协议，远航重工将采购一批设备。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN"));
    }
}
