package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;

import java.util.List;

import static com.zhengqi.graph.store.ArticleFixture.article;

/**
 * A small news story in six articles, written the way the extractor emits them, for tests that need
 * a graph with known answers: officials of 北关区 and its town 柏庄镇, an investment trip of the
 * 区委书记 and what the companies he visited invested afterwards, projects in two districts of
 * 安阳市 across two years. The expected rows of the Cypher library are worked out from it by hand.
 */
public final class AnyangStory {

    private AnyangStory() {
    }

    /** An article of the 安阳日报 about 北关区 (local key bg), part of 安阳市 (ay). */
    private static ArticleFixture anyang(String title, String date) {
        return anyang(title, date, "bg", "北关区", "410503");
    }

    /** An article of the 安阳日报 about one of its districts, part of 安阳市 (ay). */
    private static ArticleFixture anyang(String title, String date, String district, String name, String code) {
        return article(title, date, "安阳日报")
                .region(district, name, code, "COUNTY")
                .region("ay", "安阳市", "410500", "CITY")
                .partOf(district, "ay", name + "隶属安阳市。");
    }

    /** 2020-06-01: 华凯集团 signs the 腾翔 foundry park in 北关区. */
    public static ArticleGraph foundryPark() {
        return anyang("华凯集团投资腾翔铸造产业园", "2020-06-01")
                .region("hn", "河南省", "410000", "PROVINCE")
                .partOf("ay", "hn", "安阳市是河南省的地级市。")
                .company("hk", "华凯集团").person("zh", "张华")
                .holds("zh", "hk", "董事长", "华凯集团董事长张华出席签约仪式。")
                .project("tx", "腾翔现代铸造产业园项目", 1_600_000_000L, "SIGNED")
                .invests("hk", "tx", 1_600_000_000L, "华凯集团投资16亿元建设腾翔现代铸造产业园项目。")
                .locatedIn("tx", "bg", "腾翔现代铸造产业园项目落户北关区。")
                .industry("zz", "铸造").inIndustry("tx", "zz", "该项目属铸造产业。")
                .build();
    }

    /** 2020-12-05: the 区委书记 李富生 visits four companies, with 区商务局 (short form) in tow. */
    public static ArticleGraph investmentTrip() {
        return anyang("李富生带队赴江苏招商", "2020-12-05")
                .person("lfs", "李富生").leads("lfs", "bg", "区委书记", "12月1日至4日,区委书记李富生带队赴江苏招商考察。")
                .government("swj", "区商务局").person("cw", "陈伟").holds("cw", "swj", "局长", "区商务局局长陈伟随同考察。")
                .company("gz", "广泽集团").company("sy", "吴江市顺业纺织有限公司").company("gg", "苏州国冠纺织有限公司").company("hk", "华凯集团")
                .visited("lfs", "gz", "招商考察", "2020-12-01", "李富生拜访广泽集团。")
                .visited("lfs", "sy", "招商考察", "2020-12-02", "李富生考察吴江市顺业纺织有限公司。")
                .visited("lfs", "gg", "招商考察", "2020-12-03", "李富生走访苏州国冠纺织有限公司。")
                .visited("lfs", "hk", "招商考察", "2020-12-04", "李富生回访华凯集团。")
                .person("wjc", "王嘉晨").reported("wjc", "REPORTER")
                .build();
    }

    /** 2021-01-10: 顺业 signs a knitting project in 北关区; the 副区长 裴勇 signs for the district. */
    public static ArticleGraph knittingProject() {
        return anyang("年产9000吨针织布项目签约", "2021-01-10")
                .person("py", "裴勇").leads("py", "bg", "副区长", "副区长裴勇代表北关区签约。")
                .company("sy", "吴江市顺业纺织有限公司")
                .project("zzb", "年产9000吨针织布项目", 500_000_000L, "SIGNED")
                .invests("sy", "zzb", 500_000_000L, "吴江市顺业纺织有限公司投资5亿元建设年产9000吨针织布项目。")
                .locatedIn("zzb", "bg", "年产9000吨针织布项目落户北关区。")
                .industry("fz", "纺织服装").inIndustry("zzb", "fz", "项目属纺织服装产业。")
                .build();
    }

    /** 2021-03-01: a clothing market in 柏庄镇, 广泽集团 and 顺业 (short name) investing together. */
    public static ArticleGraph clothingMarket() {
        return anyang("宏居服装专业市场落户柏庄镇", "2021-03-01")
                .region("bz", "柏庄镇", "410503100", "TOWN")
                .partOf("bz", "bg", "柏庄镇位于北关区北部。")
                .person("hhj", "和海金").leads("hhj", "bz", "镇长", "柏庄镇镇长和海金介绍项目进展。")
                .company("gz", "广泽集团").company("sy", "顺业纺织有限公司")
                .project("hj", "宏居服装专业市场项目", 1_000_000_000L, "UNDER_CONSTRUCTION")
                .invests("gz", "hj", null, "广泽集团与顺业纺织有限公司共同投资宏居服装专业市场项目。")
                .invests("sy", "hj", null, "顺业纺织有限公司参与投资宏居服装专业市场项目。")
                .locatedIn("hj", "bz", "宏居服装专业市场项目落户柏庄镇。")
                .industry("fz", "纺织服装").inIndustry("hj", "fz", "宏居服装专业市场属纺织服装产业。")
                .build();
    }

    /** 2021-05-01: 华凯集团 invests again, in a logistics park in 文峰区, whose 区长 is 王刚. */
    public static ArticleGraph logisticsPark() {
        return anyang("文峰智慧物流园开工", "2021-05-01", "wf", "文峰区", "410502")
                .person("wg", "王刚").leads("wg", "wf", "区长", "文峰区区长王刚出席开工仪式。")
                .company("hk", "华凯集团")
                .project("wl", "文峰智慧物流园项目", 300_000_000L, "UNDER_CONSTRUCTION")
                .invests("hk", "wl", 300_000_000L, "华凯集团投资3亿元建设文峰智慧物流园项目。")
                .locatedIn("wl", "wf", "文峰智慧物流园项目位于文峰区。")
                .industry("wl2", "物流").inIndustry("wl", "wl2", "项目属现代物流产业。")
                .build();
    }

    /** 2021-06-01: 李富生 and 陈伟 (now written in full) again, which extends their tenure. */
    public static ArticleGraph followUp() {
        return anyang("北关区召开招商引资推进会", "2021-06-01")
                .person("lfs", "李富生").leads("lfs", "bg", "区委书记", "区委书记李富生出席推进会并讲话。")
                .government("swj", "北关区商务局").person("cw", "陈伟").holds("cw", "swj", "局长", "北关区商务局局长陈伟通报招商情况。")
                .build();
    }

    public static List<ArticleGraph> all() {
        return List.of(foundryPark(), investmentTrip(), knittingProject(), clothingMarket(), logisticsPark(), followUp());
    }
}
