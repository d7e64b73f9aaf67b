package com.zhengqi.graph.read;

import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.zhengqi.graph.model.ArticleText.Role.CORRESPONDENT;
import static com.zhengqi.graph.model.ArticleText.Role.EDITOR;
import static com.zhengqi.graph.model.ArticleText.Role.PHOTOGRAPHER;
import static com.zhengqi.graph.model.ArticleText.Role.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

class BylineParserTest {

    private static final BylineParser PARSER = new BylineParser(CreditParser.fromLexicons(new PersonNames()));

    private static Credit credit(String name, Role role) {
        return new Credit(name, role);
    }

    @Test
    void readsABoxedBylineWithReporterAndCorrespondent() {
        assertThat(PARSER.bylineLine("□本报记者 周立新 通讯员 韦小宝")).contains(
                List.of(credit("周立新", REPORTER), credit("韦小宝", CORRESPONDENT)));
    }

    @Test
    void readsABylineWithoutBoxWhenItStartsWithARoleWord() {
        assertThat(PARSER.bylineLine("本报通讯员 邓海峰")).contains(List.of(credit("邓海峰", CORRESPONDENT)));
        assertThat(PARSER.bylineLine("本报记者徐晓")).contains(List.of(credit("徐晓", REPORTER)));
    }

    @Test
    void readsBoxedNamesWithoutRoleAsReporters() {
        assertThat(PARSER.bylineLine("□钱明 孔丽华")).contains(List.of(credit("钱明", REPORTER), credit("孔丽华", REPORTER)));
    }

    @Test
    void givesTextAndPhotoCreditsBothRoles() {
        assertThat(PARSER.bylineLine("□文/图 欧阳明远 本报记者 蒋琪")).contains(List.of(
                credit("欧阳明远", REPORTER), credit("欧阳明远", PHOTOGRAPHER), credit("蒋琪", REPORTER)));
    }

    @Test
    void bringsBackTwoCharacterNamesPaddedWithASpace() {
        assertThat(PARSER.bylineLine("□本报记者 王 军")).contains(List.of(credit("王军", REPORTER)));
    }

    @Test
    void doesNotTakeHeadlinesOrSentencesForBylines() {
        assertThat(PARSER.bylineLine("强化服务 全力以赴促开工")).isEmpty();
        assertThat(PARSER.bylineLine("记者手记")).isEmpty();
        assertThat(PARSER.bylineLine("记者了解到，园区新签约项目12个。")).isEmpty();
        assertThat(PARSER.bylineLine("□一张蓝图绘到底")).isEmpty();
    }

    @Test
    void readsTheOwnDatelineAndWhatFollowsIt() {
        BylineParser.Dateline dateline = PARSER.dateline("本报讯(记者 冯晓东 通讯员 褚红)3月2日，园区召开推进会。").orElseThrow();
        assertThat(dateline.credits()).containsExactly(credit("冯晓东", REPORTER), credit("褚红", CORRESPONDENT));
        assertThat(dateline.body()).isEqualTo("3月2日，园区召开推进会。");
    }

    @Test
    void readsAUnitDatelineWhoseBracketsHoldOnlyNames() {
        BylineParser.Dateline dateline = PARSER.dateline("高新区讯(卫东 沈佳)近日，高新区开展安全检查。").orElseThrow();
        assertThat(dateline.credits()).containsExactly(credit("卫东", REPORTER), credit("沈佳", REPORTER));
        assertThat(dateline.body()).isEqualTo("近日，高新区开展安全检查。");
    }

    @Test
    void readsAnAgencyDatelineWithPlaceAndDate() {
        BylineParser.Dateline dateline = PARSER.dateline("新华社南宁5月3日电(记者 韩梅)广西今年将新开工项目。").orElseThrow();
        assertThat(dateline.credits()).containsExactly(credit("韩梅", REPORTER));
        assertThat(PARSER.dateline("新华社南宁5月3日电 广西今年将新开工项目。").orElseThrow().body()).isEqualTo("广西今年将新开工项目。");
    }

    @Test
    void readsCreditsAfterTheOwnDatelineWithoutBrackets() {
        BylineParser.Dateline dateline = PARSER.dateline("本报讯 记者 杨帆 通讯员 李铭 近日，县里召开会议。").orElseThrow();
        assertThat(dateline.credits()).containsExactly(credit("杨帆", REPORTER), credit("李铭", CORRESPONDENT));
        assertThat(dateline.body()).isEqualTo("近日，县里召开会议。");
    }

    @Test
    void doesNotTakeACompanyWithBracketsForADateline() {
        assertThat(PARSER.dateline("中国移动通讯(集团)公司在园区设立分部。")).isEmpty();
        assertThat(PARSER.dateline("园区今年新签约项目12个。")).isEmpty();
    }

    @Test
    void readsPhotoCreditLines() {
        assertThat(PARSER.photoCreditLine("(孟凡 摄)")).contains(List.of(credit("孟凡", PHOTOGRAPHER)));
        assertThat(PARSER.photoCreditLine("本报通讯员 谭晶 摄")).contains(List.of(credit("谭晶", PHOTOGRAPHER)));
        assertThat(PARSER.photoCreditLine("本报记者 罗志 摄影")).contains(List.of(credit("罗志", PHOTOGRAPHER)));
        assertThat(PARSER.photoCreditLine("(示意图)")).isEmpty();
    }

    @Test
    void readsAPhotoCreditClosingACaption() {
        BylineParser.Closing bracketed = PARSER.closingCredit("工人们在车间里忙碌。(孟凡 摄)").orElseThrow();
        assertThat(bracketed.rest()).isEqualTo("工人们在车间里忙碌。");
        assertThat(bracketed.credits()).containsExactly(credit("孟凡", PHOTOGRAPHER));
        BylineParser.Closing bare = PARSER.closingCredit("工人们在车间里忙碌。本报记者 罗志 摄").orElseThrow();
        assertThat(bare.rest()).isEqualTo("工人们在车间里忙碌。");
        assertThat(bare.credits()).containsExactly(credit("罗志", PHOTOGRAPHER));
    }

    @Test
    void readsAReporterCreditClosingAnArticle() {
        BylineParser.Closing closing = PARSER.closingCredit("会议要求各部门抓好落实。(记者 韦青 通讯员 俞亮)").orElseThrow();
        assertThat(closing.credits()).containsExactly(credit("韦青", REPORTER), credit("俞亮", CORRESPONDENT));
        assertThat(PARSER.closingCredit("项目位于东区(原纺织厂)")).isEmpty();
    }

    @Test
    void readsEditorFooters() {
        assertThat(PARSER.editorLine("本版编辑 沈冰 何畅 本版校对 蔡文")).contains(List.of(
                credit("沈冰", EDITOR), credit("何畅", EDITOR), credit("蔡文", EDITOR)));
        assertThat(PARSER.editorLine("责任编辑：吕方")).contains(List.of(credit("吕方", EDITOR)));
        assertThat(PARSER.editorLine("本报记者 吕方")).isEmpty();
    }

    @Test
    void dropsTheClosingEndMark() {
        assertThat(BylineParser.withoutEndMark("规划总投资25亿元。(完)")).isEqualTo("规划总投资25亿元。");
    }
}
