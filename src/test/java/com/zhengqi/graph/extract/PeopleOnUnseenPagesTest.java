package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with dots or compound surnames, lists sharing one title, zone committees, company titles; sentences written for the test. */
class PeopleOnUnseenPagesTest {

    @Test
    void aNameWithAMiddleDotIsReadWholeInEachOfItsWrittenForms() {
        Extracted e = Extracted.from("伊宁县召开项目推进会\n5月8日，县委书记热合曼·吐尔逊主持会议，县长古丽娜・艾山、副县长买买提•托合提出席。"
                + "伊宁县将加快园区建设，伊宁县今年新签项目12个。");
        assertThat(e.facts).contains("LEADS 热合曼·吐尔逊 -> 伊宁县 县委书记", "LEADS 古丽娜·艾山 -> 伊宁县 县长",
                "LEADS 买买提·托合提 -> 伊宁县 副县长");
    }

    @Test
    void aCompoundSurnameTakesTwoGivenCharactersEvenWhereTheSegmenterLeavesTheLastAlone() {
        Extracted e = Extracted.from("岳麓区召开项目推进会\n5月8日，区长司马晓东主持会议。远航集团销售部经理司马红英参加。岳麓区今年新签项目12个。");
        assertThat(e.facts).contains("LEADS 司马晓东 -> 岳麓区 区长", "WORKS_FOR 司马红英 -> 远航集团 销售部经理");
    }

    @Test
    void aCompoundSurnameWithOneGivenCharacterStaysThreeCharactersLong() {
        Extracted e = Extracted.from("岳麓区召开项目推进会\n5月8日，区长欧阳坚说，岳麓区今年新签项目12个。");
        assertThat(e.facts).contains("LEADS 欧阳坚 -> 岳麓区 区长");
    }

    @Test
    void namesListedAfterTheFirstShareItsPosts() {
        Extracted e = Extracted.from("株洲市召开项目推进会\n5月8日，副市长吴国栋、郑海燕参加。市委常委、副市长周伟强、林建华陪同。株洲市今年签约项目20个。");
        assertThat(e.facts).contains("LEADS 吴国栋 -> 株洲市 副市长", "LEADS 郑海燕 -> 株洲市 副市长",
                "LEADS 林建华 -> 株洲市 副市长", "HOLDS_POSITION 林建华 -> 株洲市委 市委常委");
    }

    @Test
    void aListOfPeopleOfOneCompanySharesTheTitleOfTheFirst() {
        Extracted e = Extracted.from("株洲市招商引资再结硕果\n5月8日，长风集团副总裁郑晓峰、刘海涛一行到株洲考察。");
        assertThat(e.facts).contains("WORKS_FOR 郑晓峰 -> 长风集团 副总裁", "WORKS_FOR 刘海涛 -> 长风集团 副总裁");
    }

    @Test
    void aListEndsAtAnItemThatHoldsAPostOfItsOwn() {
        Extracted e = Extracted.from("株洲市招商引资再结硕果\n5月8日，副市长吴国栋、长风集团总经理孙浩出席。株洲市今年签约项目20个。");
        assertThat(e.facts).contains("WORKS_FOR 孙浩 -> 长风集团 总经理");
        assertThat(e.facts).noneMatch(f -> f.contains("孙浩 -> 株洲市"));
    }

    @Test
    void theCommitteesOfAChemicalZoneAreTheZonesNotTheDistricts() {
        Extracted e = Extracted.from("岳麓区召开项目推进会\n5月8日，区委书记钱卫东调研重点项目，长岭化工区党工委书记、管委会主任孙立群陪同。岳麓区今年签约项目20个。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 孙立群 -> ") && f.contains("长岭化工区") && f.endsWith("党工委书记"));
        assertThat(e.facts).contains("LEADS 钱卫东 -> 岳麓区 区委书记");
    }

    @Test
    void aBrandBeforeACompanyTitleInAListOfEntrepreneursIsTheCompanyNotTheWholeItem() {
        Extracted e = Extracted.from("株洲市招商引资再结硕果\n5月8日，市长李明会见了长风集团董事长钱立、瑞丰中国首席执行官丁美华、蓝鲸CEO何志远等企业家。");
        assertThat(e.facts).contains("WORKS_FOR 丁美华 -> 瑞丰中国 首席执行官", "WORKS_FOR 何志远 -> 蓝鲸 CEO");
        assertThat(e.names("Company")).noneMatch(n -> n.contains("丁美华") || n.contains("何志远"));
    }

    @Test
    void aHeadListedAfterAnotherCitysHeadIsOfThatCity() {
        Extracted e = Extracted.from("株洲市招商推介会举行\n5月8日，株洲市委书记钱卫东、湘潭市委书记孙立群出席。湘潭市市长陈晓红、副市长吴国栋陪同。"
                + "株洲市将优化服务，株洲今年签约项目20个。株洲市投资环境好。");
        assertThat(e.facts).contains("LEADS 吴国栋 -> 湘潭市 副市长", "LEADS 钱卫东 -> 株洲市 市委书记");
    }

    @Test
    void aHeadWithNoCityWrittenAndNoneListedBeforeIsOfTheArticlesCity() {
        Extracted e = Extracted.from("株洲市招商推介会举行\n5月8日，湘潭市市长陈晓红出席。副市长吴国栋陪同。株洲市将优化服务，株洲今年签约项目20个。株洲市投资环境好。");
        assertThat(e.facts).contains("LEADS 吴国栋 -> 株洲市 副市长", "LEADS 陈晓红 -> 湘潭市 市长");
    }

    @Test
    void leadersOfARegionListedUnderOneWordAreEachItsLeader() {
        Extracted e = Extracted.from("株洲市召开项目推进会\n5月8日，市领导钱卫东、孙立群、陈晓红出席会议。株洲市今年签约项目20个。");
        assertThat(e.facts).contains("HOLDS_POSITION 钱卫东 -> 株洲市 市领导", "HOLDS_POSITION 孙立群 -> 株洲市 市领导",
                "HOLDS_POSITION 陈晓红 -> 株洲市 市领导");
    }

    @Test
    void aWordForLeadersFollowedByNoNameGivesNoPost() {
        Extracted e = Extracted.from("株洲市召开项目推进会\n5月8日，市领导班子成员出席会议。株洲市今年签约项目20个。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("HOLDS_POSITION"));
        assertThat(e.names("Region")).contains("株洲市");
    }

    @Test
    void aPostInACommitteeWrittenAfterTheListMarkIsInThatCommittee() {
        Extracted e = Extracted.from("株洲市引进外资项目\n据外方签约代表、远东能源合作委员会主任委员金成浩介绍，双方将加强合作。株洲市今年签约项目20个。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 金成浩 -> ") && f.contains("远东能源合作委员会") && f.endsWith("主任委员"));
    }

    @Test
    void aPostInATownNotInTheGazetteerIsNotTheCountysButItsHolderIsStillAPerson() {
        Extracted e = Extracted.from("汤阴县召开项目推进会\n5月8日，青石岭镇党委书记孙立群介绍了园区建设情况。汤阴县今年签约项目20个。");
        assertThat(e.names("Person")).contains("孙立群");
        assertThat(e.facts).noneMatch(f -> f.contains("孙立群 -> 汤阴县"));
    }

    @Test
    void aNameAfterATitleOfAnUnreadBodyIsAPersonWhenItStandsBetweenWordBoundaries() {
        Extracted e = Extracted.from("株洲市召开项目推进会\n5月8日，研究院规划部主任钱卫东作了发言。株洲市今年签约项目20个。");
        assertThat(e.names("Person")).contains("钱卫东");
    }

    @Test
    void aTitleInsideAWordIsNoTitleAndGivesNoPerson() {
        Extracted e = Extracted.from("株洲市召开项目推进会\n5月8日，会议要求全社会长期坚持开放合作。株洲市今年签约项目20个。");
        assertThat(e.names("Person")).isEmpty();
        assertThat(e.names("Region")).contains("株洲市");
    }

    @Test
    void aNameBeforeACompanyTitleIsAPersonWhenTheArticleWritesItWhole() {
        Extracted e = Extracted.from("株洲市招商引资再结硕果\n5月8日，钱卫东董事长介绍了项目情况。钱卫东说，公司将加大投资。");
        assertThat(e.names("Person")).contains("钱卫东");
    }
}
