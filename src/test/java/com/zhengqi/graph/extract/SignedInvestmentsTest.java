package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Investments read from a signing: the company that signs with a county, the company a county signs with before a
 * clause with no subject (签约，投资X建设P), and investments whose amount is not stated. Sentences written for the test.
 */
class SignedInvestmentsTest {

    @Test
    void theCompanyThatSignsWithACountyInvestsInTheProjectSigned() {
        Extracted e = Extracted.from("签约仪式上，湖南星达电子科技有限公司与安平县签订了年产500万套电子元件项目，计划投资约3亿元。");
        assertThat(e.facts).contains("INVESTS_IN 湖南星达电子科技有限公司 -> 年产500万套电子元件项目 3.0E8");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 安平县"));
    }

    @Test
    void aClauseWithNoSubjectAfterTheSigningIsTheSigningCompanysInvestment() {
        Extracted e = Extracted.from("近日，安平县与浙江远川文旅集团有限公司签约，投资12亿元建设云岭湖度假区。");
        assertThat(e.facts).contains("INVESTS_IN 浙江远川文旅集团有限公司 -> 云岭湖度假区 1.2E9");
    }

    @Test
    void anotherCompanyNamedInTheLaterClauseIsTheInvestorInstead() {
        Extracted e = Extracted.from("安平县人民政府与浙江远川文旅集团有限公司签约，浙江华恒建设有限公司将投资建设青石湾旅游区。");
        assertThat(e.facts).contains("INVESTS_IN 浙江华恒建设有限公司 -> 青石湾旅游区")
                .doesNotContain("INVESTS_IN 浙江远川文旅集团有限公司 -> 青石湾旅游区");
    }

    @Test
    void anInvestmentWithNoAmountIsStillAnInvestment() {
        Extracted e = Extracted.from("湖州恒星纺织有限公司投资建设的年产10万吨差别化纤维项目已投产。");
        assertThat(e.facts).contains("INVESTS_IN 湖州恒星纺织有限公司 -> 年产10万吨差别化纤维项目");
    }
}
