package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tourism and care sites (度假区, 古镇, 旅游区, 景区, 康养基地), parks and PPP projects as projects, and the numbered
 * items of a signing list. Sentences written for the test; names and firms are invented.
 */
class ProjectKindsTest {

    @Test
    void aTourismSiteThatIsBuiltSignedOrInvestedInIsAProject() {
        Extracted e = Extracted.from("浙江远川文旅集团有限公司拟投资12亿元建设云岭湖度假区。"
                + "陕西秦岭山居置业有限公司将打造白石古镇。由福建鸿远实业有限公司投资建设的龙门峡旅游区正在加紧施工。");
        assertThat(e.names("Project")).contains("云岭湖度假区", "白石古镇", "龙门峡旅游区");
        assertThat(e.node("Project", "云岭湖度假区").properties()).containsEntry("amountYuan", 1.2e9);
    }

    @Test
    void aTourismSiteThatIsOnlyVisitedIsNoProject() {
        Extracted e = Extracted.from("游客来到云岭湖景区，欣赏白石古镇的风光。浙江远川文旅集团有限公司拟投资2亿元建设青石湾旅游区。");
        assertThat(e.names("Project")).doesNotContain("云岭湖景区", "白石古镇").contains("青石湾旅游区");
    }

    @Test
    void parksAndPppProjectsAreProjects() {
        Extracted e = Extracted.from("安平县与河北瑞康投资有限公司签订了康宁医疗产业园项目投资协议。"
                + "安平县城乡供水一体化PPP项目正式开工。");
        assertThat(e.names("Project")).contains("康宁医疗产业园项目", "安平县城乡供水一体化PPP项目");
    }

    @Test
    void theNumberedItemsOfASigningListAreProjectsWithTheirOwnAmounts() {
        Extracted e = Extracted.from("会上集中签约了3个项目：1.金丰新材料产业园项目，总投资15亿元；2.润泽光伏电站项目，"
                + "总投资6亿元；3.清风康养基地项目，总投资3亿元。");
        assertThat(e.names("Project")).containsExactlyInAnyOrder("金丰新材料产业园项目", "润泽光伏电站项目", "清风康养基地项目");
        assertThat(e.node("Project", "金丰新材料产业园项目").properties()).containsEntry("amountYuan", 1.5e9);
        assertThat(e.node("Project", "润泽光伏电站项目").properties()).containsEntry("amountYuan", 6e8);
    }

    @Test
    void thePartsOfAConstructionAreNoProjects() {
        Extracted e = Extracted.from("新建的综合楼、门卫室、围墙和排污管网已经完工，景观绿化正在进行。安平县润泽光伏电站项目开工。");
        assertThat(e.names("Project")).contains("安平县润泽光伏电站项目")
                .doesNotContain("综合楼", "门卫室", "围墙", "排污管网", "景观绿化");
    }
}
