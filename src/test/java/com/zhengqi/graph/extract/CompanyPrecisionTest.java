package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strings in company positions (before 等企业, after 与…合作, before 公司 or a company title) that are no company:
 * a place and a verb, clause pieces, pronouns, lines of business, a person; beside them real companies in the same
 * sentences are kept. Sentences written for the test.
 */
class CompanyPrecisionTest {

    private static final String JUNK_PAGE = "林州市与大数据、康养、冷链物流等企业合作，并与天使投资、PE等机构签约。"
            + "某市开展深入交流并实地考察，12户企业顺利投产。本公司与我们公司签约。"
            + "我们与旅游观光企业合作。林州市长孙立新出席集团签约。李明远、赵文博等企业家出席。";

    private static final List<String> JUNK = List.of("大数据", "康养", "冷链物流", "天使投资", "PE", "某市开展深入", "交流并实地",
            "12户企业顺利", "本公司", "我们公司", "我们", "旅游观光企业", "旅游观光", "林州市长孙立新出席集团", "李明远", "赵文博");

    @Test
    void placesVerbsClausePiecesPronounsIndustriesAndPeopleAreNoCompanies() {
        Extracted e = Extracted.from(JUNK_PAGE);
        assertThat(e.names("Company")).doesNotContainAnyElementsOf(JUNK);
    }

    @Test
    void realCompaniesInTheSameSentencesAreKept() {
        Extracted e = Extracted.from("林州市与远景动力、星河智造等企业合作，并与宁波远航智能装备有限公司签约。"
                + "某市开展深入交流并实地考察汤阴县红星机械厂，12户企业顺利投产。本公司与海尔集团签约。"
                + "我们与林州市开发建设有限公司合作。林州市长孙立新出席兴业银行签约仪式。要积极配合远景动力电池集团的工作。");
        assertThat(e.names("Company")).contains("远景动力", "星河智造", "宁波远航智能装备有限公司", "汤阴县红星机械厂", "海尔集团",
                "林州市开发建设有限公司", "兴业银行", "远景动力电池集团");
        assertThat(e.names("Company")).doesNotContainAnyElementsOf(JUNK).doesNotContain("积极配合远景动力电池集团", "配合远景动力电池集团");
    }

    @Test
    void aPostBeforeACompanyTitleIsNoCompany() {
        Extracted e = Extracted.from("林州市市长赵文博会见远景动力电池有限公司董事局主席、行政总裁周海一行。");
        assertThat(e.names("Company")).containsExactly("远景动力电池有限公司");
    }

    @Test
    void itemsOfAListHeadedByFirmsAreBrandsEvenWhereTheyReadAsNames() {
        Extracted e = Extracted.from("林州市积极引进诺泰、艾美斐等企业，打造生物医药产业园。");
        assertThat(e.names("Company")).contains("诺泰", "艾美斐");
    }

    @Test
    void itemsOfAListHeadedByPeopleOrAgenciesAreNoFirms() {
        Extracted e = Extracted.from("李明远、赵文博等企业家出席。林州市邀请主管部门市金融办、市场监督管理局和城区农村信用合作联社等机构参加。");
        assertThat(e.names("Company")).doesNotContain("李明远", "赵文博", "主管部门市金融办", "市金融办");
    }
}
