package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People after (or before) a title whose body the finders did not read get their post: small places the gazetteer
 * lacks, [organisation][name][title], nationwide bodies, titles and bodies at every level. Sentences written for the test.
 */
class PostsOfUnreadBodiesTest {

    @Test
    void theHeadOfATownTheGazetteerLacksLeadsThatTownInsideTheArticlesCounty() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县招商工作会议召开。杏林镇党委书记付远航出席会议。石门镇镇长詹秋实介绍情况。");
        assertThat(e.facts).contains("LEADS 付远航 -> 杏林镇 党委书记", "LEADS 詹秋实 -> 石门镇 镇长",
                "PART_OF 杏林镇 -> 平武县", "PART_OF 石门镇 -> 平武县");
        assertThat(e.facts).noneMatch(f -> f.startsWith("HOLDS_POSITION 付远航 -> 平武县"));
    }

    @Test
    void theSecretaryOfAVillageBranchLeadsTheVillageWithTheBranchInTheTitle() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县招商工作会议召开。松岭村党支部书记梅长青接待了客商。");
        assertThat(e.facts).contains("LEADS 梅长青 -> 松岭村 党支部书记", "PART_OF 松岭村 -> 平武县");
    }

    @Test
    void aTownAfterACountyAndAPostChainBothGoToTheTown() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县杏林镇党委书记、镇长付远航接待了客商。");
        assertThat(e.facts).contains("LEADS 付远航 -> 杏林镇 党委书记", "LEADS 付远航 -> 杏林镇 镇长");
    }

    @Test
    void wordsThatCountOrDoBeforeAPlaceEndingAreNoPlace() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县召开会议，全县各乡镇党委书记参加。平武县开展农村党支部书记培训，县委书记樊启明讲话。");
        assertThat(e.names("Region")).noneMatch(n -> n.contains("各乡") || n.contains("开展") || n.contains("农村"));
        assertThat(e.facts).contains("LEADS 樊启明 -> 平武县 县委书记");
    }

    @Test
    void anOrganisationANameAndATitleGiveThePostInThatOrganisation() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县委书记樊启明会见了青岚电子科技有限公司苗一川董事长一行。");
        assertThat(e.facts).contains("WORKS_FOR 苗一川 -> 青岚电子科技有限公司 董事长", "LEADS 樊启明 -> 平武县 县委书记");
    }

    @Test
    void theNextNameAndTitleOfSuchAListShareTheOrganisation() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县委书记樊启明会见了远帆集团苗一川总裁、党晓棠副总裁一行。");
        assertThat(e.facts).contains("WORKS_FOR 苗一川 -> 远帆集团 总裁", "WORKS_FOR 党晓棠 -> 远帆集团 副总裁");
    }

    @Test
    void aWordReadWholeBetweenACompanyAndATitleIsNoName() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，远帆集团董事长苗一川、远帆集团常务副董事长兼总经理党晓棠出席。");
        assertThat(e.names("Person")).doesNotContain("常务");
        assertThat(e.facts).contains("WORKS_FOR 苗一川 -> 远帆集团 董事长");
    }

    @Test
    void aNationwideBodyBeforeATitleHoldsThePostAndBelongsToNoRegionOfTheArticle() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县招商工作会议召开。中国竹产业协会会长严松涛出席会议。");
        assertThat(e.facts).contains("HOLDS_POSITION 严松涛 -> 中国竹产业协会 会长");
        assertThat(e.facts).noneMatch(f -> f.startsWith("PART_OF 中国竹产业协会"));
    }

    @Test
    void aLongNationwideBodyAndAStandingDeputyTitleStillGiveThePost() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县招商工作会议召开。中国林业科学研究院竹藤资源研究中心主任严松涛、"
                + "中国竹产业研究院常务副院长蒲文东出席会议。");
        assertThat(e.facts).contains("HOLDS_POSITION 严松涛 -> 中国林业科学研究院竹藤资源研究中心 主任",
                "HOLDS_POSITION 蒲文东 -> 中国竹产业研究院 常务副院长");
    }

    @Test
    void aLongBodyOpenedByNoNationwideWordGivesNoPostOfTheArticlesRegion() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县招商工作会议召开。远山林业科学研究院竹藤资源研究中心主任严松涛出席会议。");
        assertThat(e.facts).noneMatch(f -> f.contains("严松涛 -> 平武县"));
        assertThat(e.names("Person")).contains("严松涛");
    }

    @Test
    void courtsProsecutorsHallsAndHeadquartersHoldTheirHeadsPosts() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县召开会议。县人民检察院检察长仇子墨、县文化馆馆长阎晓柯、"
                + "县重点项目建设指挥部指挥长房思源出席会议。");
        assertThat(e.facts).contains("HOLDS_POSITION 仇子墨 -> 平武县人民检察院 检察长", "HOLDS_POSITION 阎晓柯 -> 平武县文化馆 馆长",
                "HOLDS_POSITION 房思源 -> 平武县重点项目建设指挥部 指挥长");
    }

    @Test
    void theOneInChargeOfABodyHoldsAPostButAWordBeforeTheTitleIsNoName() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县召开会议，县招商服务中心负责人郁清和介绍了情况。该中心重点项目，由张工任项目负责人。");
        assertThat(e.facts).contains("HOLDS_POSITION 郁清和 -> 平武县招商服务中心 负责人");
        assertThat(e.names("Person")).doesNotContain("项目");
    }

    @Test
    void aCountyAfterANameAndAConjunctionIsTheArticlesCountyNotTheCountyHexian() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县县长龙思远和县委书记樊启明一同察看了项目。");
        assertThat(e.facts).contains("LEADS 樊启明 -> 平武县 县委书记", "LEADS 龙思远 -> 平武县 县长");
        assertThat(e.facts).noneMatch(f -> f.startsWith("LEADS 樊启明 -> 和县"));
    }

    @Test
    void aFourCharacterNameAfterACompoundSurnameKeepsItsRareLastCharacter() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县副县长欧阳明轩察看了项目。");
        assertThat(e.facts).contains("LEADS 欧阳明轩 -> 平武县 副县长");
    }

    @Test
    void aCompoundSurnameBeforeAVerbOfOneCharacterStaysThreeCharactersLong() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，平武县副县长欧阳坚说，平武县今年新签项目12个。");
        assertThat(e.facts).contains("LEADS 欧阳坚 -> 平武县 副县长");
    }

    @Test
    void aRegionalDivisionAfterACompanyIsTheCompanys() {
        Extracted e = Extracted.from("平武县招商工作会议召开\n3月5日，远帆集团华北区总经理司徒文彬介绍了项目。");
        assertThat(e.facts).contains("WORKS_FOR 司徒文彬 -> 远帆集团 华北区总经理");
    }
}
