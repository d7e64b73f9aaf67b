package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.ArticleText.Credit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.zhengqi.graph.model.ArticleText.Role.CORRESPONDENT;
import static com.zhengqi.graph.model.ArticleText.Role.EDITOR;
import static com.zhengqi.graph.model.ArticleText.Role.PHOTOGRAPHER;
import static com.zhengqi.graph.model.ArticleText.Role.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

/** Pages written for these tests, in the shapes PDF-extracted and web pages take. */
class PageSplitterTest {

    private static final PageSplitter SPLITTER = new PageSplitter();

    private static List<ArticleText> split(String... lines) {
        return SPLITTER.split(String.join("\n", lines));
    }

    @Test
    void joinsAWordBrokenAcrossABlankLine() {
        List<ArticleText> articles = split("园区新闻", "", "本报讯(记者 冯晓东)全区共有副", "", "局长以上干部40", "", "余人参加培训。");
        assertThat(articles).singleElement().extracting(ArticleText::text).asString().endsWith("全区共有副局长以上干部40余人参加培训。");
    }

    @Test
    void joinsALineThatStopsOnAComma() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)会议强调，", "", "要抓好项目建设，确保年底前竣工投产。");
        assertThat(articles.getFirst().text()).isEqualTo("会议强调，要抓好项目建设，确保年底前竣工投产。");
    }

    @Test
    void keepsAHeadlineApartFromTheParagraphAfterIt() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)今年以来，东区新签约项目12个，总投资56亿元。",
                "", "优化服务 加快项目落地", "", "5月8日，东区召开项目推进会，研究解决项目建设中的难题。");
        assertThat(articles).singleElement().extracting(ArticleText::text).asString()
                .contains("总投资56亿元。\n优化服务 加快项目落地\n5月8日，东区召开项目推进会");
    }

    @Test
    void joinsALongUnfinishedLineToTheNextPartOfTheSentence() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)东区围绕装备制造和现代物流两大主导产业精准招商，全年共引进项目30个，其中投资超亿元的",
                "", "项目达到12个。");
        assertThat(articles.getFirst().text()).endsWith("其中投资超亿元的项目达到12个。");
    }

    @Test
    void neverJoinsAcrossAHardBreak() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)园区组织企业开展安全生产大检查，共检查企业46家，排查隐患",
                "", "", "", "东区召开招商引资工作推进会，总结上半年工作，部署下半年任务。(孟凡 摄)");
        assertThat(articles).hasSize(2);
        assertThat(articles.getFirst().text()).endsWith("排查隐患");
    }

    @Test
    void removesStraySpacesInParagraphsButKeepsTheSpaceBetweenHeadlineHalves() {
        List<ArticleText> articles = split("招商引资结新果 产业发展添动能", "□本报记者 冯晓东",
                "东区 今年 共引进 项目 30个，投资 56亿元，其中 LED 照明项目 投资 10亿元。");
        ArticleText article = articles.getFirst();
        assertThat(article.title()).isEqualTo("招商引资结新果 产业发展添动能");
        assertThat(article.text()).endsWith("东区今年共引进项目30个，投资56亿元，其中 LED 照明项目投资10亿元。");
    }

    @Test
    void keepsASpaceBesideQuotesInHeadlinesOnly() {
        List<ArticleText> articles = split("服务添“温度” 发展增动能", "□本报记者 冯晓东",
                "东区提出“抓项目 强服务”，全年引进项目30个，新增就业岗位2000个。");
        assertThat(articles.getFirst().title()).isEqualTo("服务添“温度” 发展增动能");
        assertThat(articles.getFirst().text()).endsWith("东区提出“抓项目强服务”，全年引进项目30个，新增就业岗位2000个。");
    }

    @Test
    void joinsALineEndingOnAParticle() {
        List<ArticleText> articles = split("□本报记者 冯晓东", "", "东区对辖区内8家企业开展了", "",
                "安全生产大检查，共排查隐患46处，目前已全部整改到位。");
        assertThat(articles.getFirst().text()).isEqualTo("东区对辖区内8家企业开展了安全生产大检查，共排查隐患46处，目前已全部整改到位。");
    }

    @Test
    void splitsAtBylinesAndDatelinesAndTakesTheHeadingsAboveAsTitles() {
        List<ArticleText> articles = split(
                "东区：", "", "招商引资结新果", "", "□本报记者 冯晓东 通讯员 褚红", "",
                "今年以来，东区新签约项目12个，总投资56亿元，项目数量和质量均创新高。", "",
                "优化服务", "", "东区为每个项目配备一名服务专员，全程跟踪服务，帮助企业解决难题。", "",
                "部门动态", "", "区商务局", "", "召开外资企业座谈会", "",
                "本报讯(记者 冯晓东)5月8日，区商务局召开外资企业座谈会，听取企业意见建议。", "",
                "开展安全生产检查", "",
                "高新区讯(卫东)近日，高新区组织开展安全生产大检查，共排查企业46家。");
        assertThat(articles).extracting(ArticleText::title)
                .containsExactly("东区：招商引资结新果", "区商务局 召开外资企业座谈会", "开展安全生产检查");
        assertThat(articles.get(0).credits()).containsExactly(new Credit("冯晓东", REPORTER), new Credit("褚红", CORRESPONDENT));
        assertThat(articles.get(0).text()).contains("优化服务\n东区为每个项目配备").doesNotContain("部门动态");
        assertThat(articles.get(1).text()).startsWith("区商务局\n召开外资企业座谈会\n5月8日，").doesNotContain("本报讯");
        assertThat(articles.get(2).credits()).containsExactly(new Credit("卫东", REPORTER));
    }

    @Test
    void putsASubtitleAfterTheMainHeadline() {
        List<ArticleText> articles = split("奋进正当时", "", "——东区2019年经济社会发展纪实", "", "□秦岭 邹平", "",
                "这一年，东区新签约项目12个，总投资56亿元，项目数量和质量均创新高。");
        assertThat(articles.getFirst().title()).isEqualTo("奋进正当时——东区2019年经济社会发展纪实");
    }

    @Test
    void makesAStandaloneCaptionAnArticleAndKeepsALoneLabelOut() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)5月8日，区商务局召开外资企业座谈会，听取企业意见建议。",
                "", "", "", "5月9日，东区组织志愿者走进社区，为居民义务维修家电，受到居民欢迎。(孟凡 摄)", "", "图说新闻",
                "", "", "", "本报通讯员 谭晶 摄");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("5月9日，东区组织志愿者走进社区");
        assertThat(articles.get(1).credits()).containsExactly(new Credit("孟凡", PHOTOGRAPHER));
        assertThat(articles).noneMatch(a -> a.text().contains("图说新闻"));
        assertThat(articles.get(0).credits()).contains(new Credit("谭晶", PHOTOGRAPHER));
    }

    @Test
    void givesAPhotoCreditOnItsOwnLineToTheCaptionAbove() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)5月8日，区商务局召开外资企业座谈会，听取企业意见建议。",
                "", "", "", "5月9日，东区组织志愿者走进社区，为居民义务维修家电，受到居民欢迎。", "", "本报通讯员 谭晶 摄");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).credits()).containsExactly(new Credit("谭晶", PHOTOGRAPHER));
    }

    @Test
    void creditsPageEditorsOnEveryArticle() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)5月8日，区商务局召开外资企业座谈会，听取企业意见建议。",
                "本报讯(通讯员 褚红)5月9日，东区召开安全生产工作会议，部署安全生产大检查。",
                "本版编辑 沈冰 本版校对 蔡文");
        assertThat(articles).hasSize(2).allSatisfy(a -> assertThat(a.credits())
                .contains(new Credit("沈冰", EDITOR), new Credit("蔡文", EDITOR)));
        assertThat(articles).noneMatch(a -> a.text().contains("本版编辑"));
    }

    @Test
    void readsDateAndSourceOfAWebPageAndKeepsSubheadingsInTheOneArticle() {
        List<ArticleText> articles = split("东区引进百亿新能源项目", "发布时间：2012-05-07", "来源：南湖晚报",
                "5月6日，东区与某新能源集团签约，项目总投资100亿元。",
                "项目落地：三年建成", "项目分三期建设，计划三年内全部建成投产。",
                "(记者 秦岭)");
        ArticleText article = articles.getFirst();
        assertThat(articles).hasSize(1);
        assertThat(article.title()).isEqualTo("东区引进百亿新能源项目");
        assertThat(article.publishedOn()).isEqualTo("2012-05-07");
        assertThat(article.newspaper()).isEqualTo("南湖晚报");
        assertThat(article.credits()).containsExactly(new Credit("秦岭", REPORTER));
        assertThat(article.text()).isEqualTo("东区引进百亿新能源项目\n5月6日，东区与某新能源集团签约，项目总投资100亿元。\n"
                + "项目落地：三年建成\n项目分三期建设，计划三年内全部建成投产。");
    }

    @Test
    void readsTheDateOfAPageHeader() {
        List<ArticleText> articles = split("江城日报 2019年3月6日 星期三 第5版", "",
                "本报讯(记者 冯晓东)5月8日，区商务局召开外资企业座谈会，听取企业意见建议。");
        assertThat(articles.getFirst().publishedOn()).isEqualTo("2019-03-06");
        assertThat(articles.getFirst().newspaper()).isEqualTo("江城日报");
        assertThat(articles.getFirst().text()).doesNotContain("江城日报");
    }

    @Test
    void dropsFragmentsThatSayTooLittle() {
        assertThat(split("部门动态")).isEmpty();
        assertThat(split("部门动态", "", "本报讯(记者 冯晓东)会议召开。", "",
                "本报讯(记者 褚红)5月9日，东区召开安全生产工作会议，部署安全生产大检查。")).hasSize(2);
        assertThat(split("", "   ", "\n\n")).isEmpty();
        assertThat(SPLITTER.split(null)).isEmpty();
    }

    @Test
    void stillReturnsTheTextOfAShortPage() {
        assertThat(split("区长到东区调研")).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("区长到东区调研");
            assertThat(a.text()).isEqualTo("区长到东区调研");
        });
    }

    @Test
    void dropsTheChannelLabelBeforeTheFirstWordsOfAnArticle() {
        List<ArticleText> articles = split("东区物流园开工", "发布时间：2020-05-06", "杭州频道 东区智慧物流园一期项目昨日开工，总投资12亿元。");
        assertThat(articles.getFirst().text()).contains("\n东区智慧物流园一期项目").doesNotContain("频道");
    }

    @Test
    void keepsAShortFirstWordThatIsNoLabel() {
        List<ArticleText> articles = split("东区物流园开工", "发布时间：2020-05-06", "东区频道建设 项目昨日开工，总投资12亿元。");
        assertThat(articles.getFirst().text()).contains("东区频道建设");
    }

    @Test
    void aSavedNewsListIsOneDatedArticlePerBriefWithoutItsFurniture() {
        List<ArticleText> articles = split("您现在的位置：首页 >> 领导活动", "领导活动",
                "县委书记冯建军莅临东区电子产业园调研2016-08-09 15:20", "[2016-08-05] 县长程立民会见某某集团客商一行",
                "东区副区长许文亮带队赴温州开展小分队招商 (2016-07-28)", "共3条记录 首页 上一页 1 下一页 尾页", "版权所有：东区人民政府");

        assertThat(articles).extracting(ArticleText::title).containsExactly("县委书记冯建军莅临东区电子产业园调研",
                "县长程立民会见某某集团客商一行", "东区副区长许文亮带队赴温州开展小分队招商");
        assertThat(articles).extracting(ArticleText::publishedOn).containsExactly("2016-08-09", "2016-08-05", "2016-07-28");
        assertThat(articles).extracting(ArticleText::text).noneMatch(t -> t.contains("首页") || t.contains("版权") || t.contains("2016"));
    }

    @Test
    void aDateAfterASentenceIsNoBrief() {
        List<ArticleText> articles = split("本报讯(记者 冯晓东)东区召开招商引资工作推进会，总结上半年工作，会议于2016-08-09");
        assertThat(articles).singleElement().extracting(ArticleText::text).asString().endsWith("会议于2016-08-09");
    }
}
