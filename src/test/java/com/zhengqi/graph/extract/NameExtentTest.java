package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name's extent decided from the whole article and given-name statistics, not one segmentation; sentences written for the test. */
class NameExtentTest {

    @Test
    void aNameWrittenWholeBeforeACommaElsewhereKeepsItsThirdCharacterWhereItIsGluedToAVerb() {
        Extracted e = Extracted.from("汤阴县推进项目建设\n县委书记万瑞健在会上讲话。县领导万瑞健、李文出席。汤阴县将加快项目落地。");
        assertThat(e.facts).contains("LEADS 万瑞健 -> 汤阴县 县委书记");
        assertThat(e.names("Person")).doesNotContain("万瑞");
    }

    @Test
    void aThirdCharacterBeforeACommaBelongsToTheName() {
        Extracted e = Extracted.from("汤阴县召开座谈会\n县委副书记、县长陈立国，县委书记吴承丙，县委常委孙进等出席。汤阴县将优化服务。");
        assertThat(e.facts).contains("LEADS 吴承丙 -> 汤阴县 县委书记");
    }

    @Test
    void aTwoCharacterNameBeforeAWordStartingWithACommonGivenCharacterStaysShort() {
        Extracted e = Extracted.from("汤阴县部署安全生产\n县长张伟明确要求，各乡镇要压实责任。汤阴县将开展专项检查。");
        assertThat(e.facts).contains("LEADS 张伟 -> 汤阴县 县长");
        assertThat(e.names("Person")).doesNotContain("张伟明");
    }

    @Test
    void aGivenNameOpeningWithACharacterThatAlsoEndsCompanyNamesIsStillAName() {
        // 新 and 建 end a company name walking left (name-stop-chars.txt) but open many given names
        Extracted e = Extracted.from("汤阴县召开招商会\n县长王新民出席会议并讲话。汤阴县将优化服务。");
        assertThat(e.facts).contains("LEADS 王新民 -> 汤阴县 县长");
    }

    @Test
    void aSurnameCharacterBeforeAVerbThatOftenOpensGivenNamesStartsNoNameWithoutATitle() {
        // 有 opens many given names (王有才) but 常有企业 after no title is an adverb and a verb
        Extracted e = Extracted.from("汤阴县召开招商会\n县长王海涛说，常有企业来汤阴考察。县长王有才出席会议。");
        assertThat(e.names("Person")).containsExactlyInAnyOrder("王海涛", "王有才");
    }

    @Test
    void aNameWhoseLastCharacterIsGluedToAParticleKeepsIt() {
        Extracted e = Extracted.from("内黄县人事任免\n2020年2月8日，免去赵立新的内黄县县长职务。");
        assertThat(e.names("Person")).containsExactly("赵立新");
    }

    @Test
    void aStopCharacterStartingAVerbAfterATwoCharacterNameStaysOutOfIt() {
        Extracted e = Extracted.from("汤阴县招商\n汤阴县县长王立来到远景动力电池有限公司考察。");
        assertThat(e.facts).contains("VISITED 王立 -> 远景动力电池有限公司");
        assertThat(e.names("Person")).doesNotContain("王立来");
    }
}
