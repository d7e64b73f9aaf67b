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

    @Test
    void anAppointedCivilServantHoldsThePostWrittenAfterWei() {
        Extracted e = Extracted.from("林州市开发区人事调整\n2009年，林州市政府任命吴家栋为林州市商务局副局长，分管招商工作。");
        assertThat(e.facts).contains("HOLDS_POSITION 吴家栋 -> 林州市商务局 副局长");
    }

    @Test
    void anAppointmentWithoutAHolderGivesNoPost() {
        Extracted e = Extracted.from("林州市文旅项目公司成立\n项目公司股东会选举孙立新为董事长，林州市将做好服务。");
        assertThat(e.facts).noneMatch(f -> f.contains("孙立新 ->"));
    }

    @Test
    void theCompanyAClauseCallsGongsiInvestsInTheProjectItBuilds() {
        Extracted e = Extracted.from("林州市重点项目集中开工\n红旗精密机械有限公司是一家生产轴承的企业，今年公司计划投资2亿元建设高端轴承产业园项目。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 红旗精密机械有限公司 -> 高端轴承产业园"));
    }

    @Test
    void aCompanyWhosePeopleSpeakAboutAProjectDoesNotInvestInIt() {
        Extracted e = Extracted.from("林州市文旅项目进展\n红旗文旅开发有限公司人士表示，国家暂停新建主题公园的通知，会影响到滨湖度假区项目的进度。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 红旗文旅开发有限公司"));
    }

    @Test
    void aChairmanOfAnUnreadHolderIsNotGivenTheCompanyNamedBefore() {
        Extracted e = Extracted.from("林州市文旅项目签约\n项目公司的股东是红旗文旅开发有限公司，知名地产商远山的董事长孙立新为项目公司监事。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("WORKS_FOR 孙立新 -> 红旗文旅开发有限公司"));
    }

    @Test
    void businessPeopleOnATourAreNotTheOfficialsOfTheSentencesBefore() {
        Extracted e = Extracted.from("汤阴县招商引资\n县长方立新在杭州拜访了远山控股集团。5月7日，红旗集团董事长孙立新与钱明远等一行，到汤阴县拜会县主要领导，并考察了汤阴县红星机械有限公司。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("VISITED 方立新 -> 远山控股集团"));
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED 方立新 -> 汤阴县红星机械有限公司"));
    }

    @Test
    void aTownPartySecretaryWrittenWithTheBareLevelLeadsTheTown() {
        Extracted e = Extracted.from("汤阴县宜沟镇推进招商\n镇党委书记赵文华、镇长孙国强带队赴郑州拜访客商。宜沟镇将优化服务。");
        assertThat(e.facts).contains("LEADS 赵文华 -> 宜沟镇 党委书记", "LEADS 孙国强 -> 宜沟镇 镇长");
    }

    @Test
    void aCountyHeadTitleWrittenAfterTheNameLeadsTheCounty() {
        Extracted e = Extracted.from("汤阴县招商引资成效显著\n在招商推介会上，孙国强县长介绍了汤阴县的投资环境。汤阴县将继续优化服务。");
        assertThat(e.facts).contains("LEADS 孙国强 -> 汤阴县 县长");
    }

    @Test
    void aBareSecretaryAfterANameGivesNoPost() {
        Extracted e = Extracted.from("汤阴县招商引资成效显著\n在招商推介会上，孙国强书记介绍了汤阴县的投资环境。汤阴县将继续优化服务。");
        assertThat(e.facts).noneMatch(f -> f.contains("孙国强 ->"));
    }

    @Test
    void aMemorandumSignedWithACompanyMakesItNoInvestorOfAProjectNamedLater() {
        Extracted e = Extracted.from("林州市食品企业公告\n红旗乳业发布公告称与远山牧业有限公司签署了谅解备忘录，并就未来乳品加工基地项目建立了优先合作关系。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 远山牧业有限公司"));
    }

    @Test
    void gongsiBeforeABankNameIsNoInvestment() {
        Extracted e = Extracted.from("林州市企业公告\n红旗精密机械有限公司发布公告。公司此次将通过建设银行林州支行提供委托贷款5000万元，用于上述轴承产业园项目。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 红旗精密机械有限公司"));
    }

    @Test
    void aProjectSignedWithACompanyRightAfterTheVerbHasThatCompanyAsInvestor() {
        Extracted e = Extracted.from("汤阴县招商引资\n在与远山控股集团签约智能仓储物流园项目后，汤阴县立即组建工作专班。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 远山控股集团 -> 智能仓储物流园"));
    }

    @Test
    void aChairmanOfACompanyTheFindersMissedIsNoOfficialOfTheArticlesRegion() {
        Extracted e = Extracted.from("林州市企业融资\n林州市多家企业参与认购，其中远山置地主席孙立新认购2亿元。林州市将继续支持。");
        assertThat(e.facts).noneMatch(f -> f.contains("孙立新 -> 林州市"));
    }

    @Test
    void aGeneralManagerOfAProvincialBranchHoldsNoPostInTheProvince() {
        Extracted e = Extracted.from("林州市金融合作\n前私人银行河南省总经理孙立新加盟远山金融有限公司。林州市将继续支持。");
        assertThat(e.facts).noneMatch(f -> f.contains("孙立新 -> 河南省"));
    }

    @Test
    void aPartySecretaryOfAnUnreadGroupCompanyIsNoOfficialOfTheArticlesRegion() {
        Extracted e = Extracted.from("林州市航空产业合作\n远山航空集团公司党组书记孙立新表示，将在林州市设立维修基地。林州市将继续支持。");
        assertThat(e.facts).noneMatch(f -> f.contains("孙立新 -> 林州市"));
    }
}
