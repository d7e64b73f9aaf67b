package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;
import com.zhengqi.graph.read.source.DocumentReader;
import com.zhengqi.graph.read.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole pages written for these tests (src/test/resources/pages/) in the shapes real sites and county papers take:
 * navigation, breadcrumbs, info lines, print and close links, related lists and footers around the article; a news
 * list of dated briefs; a GBK page without a charset; a Big5 page declaring GB2312; a paper page of several items.
 */
class WholePagesTest {

    private static final NewsPageExtractor EXTRACTOR = new NewsPageExtractor();
    private static final DocumentReader READER = new DocumentReader();

    private static List<ArticleGraph> read(String name) throws Exception {
        Path file = page(name);
        FileGraph graph = EXTRACTOR.extract(file.toString(), READER.read(file));
        return graph.articles();
    }

    private static Path page(String name) throws URISyntaxException {
        return Path.of(WholePagesTest.class.getResource("/pages/" + name).toURI());
    }

    /** Facts of the article as "TYPE start -> end title-or-role". */
    private static List<String> facts(ArticleGraph article) {
        Map<String, GraphNode> byId = article.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        List<String> facts = new ArrayList<>();
        for (GraphRelationship r : article.relationships()) {
            Object detail = r.properties().getOrDefault("title", r.properties().getOrDefault("role", ""));
            facts.add((r.type() + " " + name(byId.get(r.start())) + " -> " + name(byId.get(r.end())) + " " + detail).strip());
        }
        return facts;
    }

    private static String name(GraphNode node) {
        return node.labels().contains("Article") ? "article" : node.name();
    }

    private static List<String> names(List<ArticleGraph> articles, String label) {
        return articles.stream().flatMap(a -> a.nodes().stream()).filter(n -> n.labels().contains(label)).map(GraphNode::name).toList();
    }

    private static Object property(ArticleGraph article, String key) {
        return article.nodes().stream().filter(n -> n.labels().contains("Article")).findFirst().orElseThrow().properties().get(key);
    }

    @Test
    void aGovernmentArticlePageIsItsHeadlineAndParagraphsWithTheDateOfItsInfoLine() throws Exception {
        List<ArticleGraph> articles = read("gov-article.html");

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("淇县县长孟庆林带队赴深圳开展招商考察");
            assertThat(article.publishedOn()).isEqualTo("2019-12-05");
            assertThat(article.text()).startsWith("淇县县长孟庆林带队赴深圳开展招商考察\n12月3日至4日")
                    .endsWith("县政府党组成员、县产业集聚区管委会主任冯国强参加考察。");
            assertThat(facts(article)).contains("LEADS 孟庆林 -> 淇县 县长", "LEADS 孟庆林 -> 淇县 县委副书记",
                    "WORKS_FOR 林志远 -> 深圳市华拓电子科技有限公司 董事长");
        });
    }

    @Test
    void menusBreadcrumbsToolsRelatedListsAndFootersAreNoText() throws Exception {
        ArticleGraph article = read("gov-article.html").getFirst();

        assertThat(article.text()).doesNotContain("当前位置", "首页", "政务公开", "热点推荐", "赵明辉", "周建军", "打印", "关闭窗口",
                "上一篇", "下一篇", "相关文章", "主办单位", "版权所有", "ICP", "技术支持", "联系我们", "字体", "document.write", "float");
        assertThat(names(List.of(article), "Person")).containsExactlyInAnyOrder("孟庆林", "林志远", "冯国强");
        assertThat(names(List.of(article), "Company")).doesNotContain("鹤壁市云海网络科技有限公司")
                .contains("深圳市华拓电子科技有限公司");
    }

    @Test
    void aNewsListIsOneDatedArticlePerBrief() throws Exception {
        List<ArticleGraph> articles = read("brief-list.html");

        assertThat(articles).extracting(ArticleGraph::title).containsExactly("县委书记邓建华莅临湖南锦盛鞋业有限公司调研",
                "县长曾志明会见广东恒达五金集团董事长一行", "副县长罗永辉带队赴浙江温州开展小分队招商", "县招商局局长谢立群调研产业园区重点项目");
        assertThat(articles).extracting(ArticleGraph::publishedOn).containsExactly("2016-08-09", "2016-08-05", "2016-07-28", "2016-07-20");
        assertThat(articles).extracting(a -> property(a, "part")).containsExactly(1, 2, 3, 4);
        assertThat(articles).extracting(ArticleGraph::id).doesNotHaveDuplicates();
        assertThat(facts(articles.getFirst())).contains("VISITED 邓建华 -> 湖南锦盛鞋业有限公司");
        assertThat(String.join("\n", articles.stream().map(ArticleGraph::text).toList()))
                .doesNotContain("网站首页", "您现在的位置", "共4条记录", "下一页", "版权所有", "ICP", "技术支持", "邮编");
        assertThat(names(articles, "Company")).doesNotContain("邵阳市鼎新网络有限公司");
    }

    @Test
    void aGbkPageWithoutACharsetReadsRight() throws Exception {
        assertThat(READER.read(page("gbk-article.html")).getFirst().encoding()).isEqualTo("GB18030");
        ArticleGraph article = read("gbk-article.html").getFirst();

        assertThat(article.title()).isEqualTo("饶阳县举行招商引资项目集中开工仪式");
        assertThat(article.publishedOn()).isEqualTo("2020-04-16");
        assertThat(facts(article)).contains("LEADS 秦志刚 -> 饶阳县 县委书记", "LEADS 杜文胜 -> 饶阳县 县长",
                "WORKS_FOR 许国良 -> 衡水华泰蔬菜制品有限公司 总经理");
        assertThat(article.text()).doesNotContain("网站首页", "版权所有", "ICP");
    }

    @Test
    void aBig5PageThatDeclaresGb2312ReadsAsSimplifiedAndKeepsItsOriginalText() throws Exception {
        assertThat(READER.read(page("traditional.html")).getFirst().encoding()).isEqualTo("Big5-HKSCS");
        ArticleGraph article = read("traditional.html").getFirst();

        assertThat(article.title()).isEqualTo("澳门投资考察团赴珠海横琴考察");
        assertThat(article.publishedOn()).isEqualTo("2018-06-21");
        assertThat(article.text()).contains("横琴新区党委书记杨川率队会见澳门投资考察团").doesNotContain("关于我们", "版权");
        assertThat((String) property(article, "originalText")).contains("橫琴新區黨委書記楊川");
        assertThat(facts(article)).contains("WORKS_FOR 郑家豪 -> 澳门鸿基实业发展有限公司 董事长");
    }

    @Test
    void aCountyPaperPageIsOneArticlePerItemEachWithItsOwnCredits() throws Exception {
        List<ArticleGraph> articles = read("county-paper.txt");

        assertThat(articles).hasSize(3);
        assertThat(articles).extracting(ArticleGraph::publishedOn).containsOnly("2019-12-05");
        assertThat(articles).extracting(ArticleGraph::newspaper).containsOnly("安平日报");
        assertThat(articles.get(1).text()).startsWith("12月4日，县委副书记、县长魏立平带队");
        assertThat(articles.get(2).title()).isEqualTo("东关镇 农村人居环境整治见成效");
        assertThat(facts(articles.get(0))).contains("REPORTED 郑晓燕 -> article REPORTER", "REPORTED 贺明轩 -> article CORRESPONDENT",
                "REPORTED 程立志 -> article EDITOR").noneMatch(f -> f.startsWith("REPORTED 邵雨桐") || f.startsWith("REPORTED 田海鹰"));
        assertThat(facts(articles.get(1))).contains("REPORTED 邵雨桐 -> article REPORTER", "LEADS 魏立平 -> 安平县 县长")
                .noneMatch(f -> f.startsWith("REPORTED 郑晓燕"));
        assertThat(facts(articles.get(2))).contains("REPORTED 田海鹰 -> article REPORTER", "REPORTED 程立志 -> article EDITOR");
        assertThat(names(articles, "Person")).doesNotContain("本版责任编辑");
    }

    @Test
    void anUndatedArticleIsDatedByItsOnlyYearAndFirstDayAndMarkedInferred() throws Exception {
        List<ArticleGraph> articles = EXTRACTOR.extract("note.txt", List.of(com.zhengqi.graph.read.source.SourceDocument.ofText("note.txt",
                "12月3日，东区召开2019年招商引资工作总结会，全年新签约项目30个。"))).articles();

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.publishedOn()).isEqualTo("2019-12-03");
            assertThat(property(article, "publishedOnInferred")).isEqualTo(true);
        });
        ArticleGraph twoYears = EXTRACTOR.extract("two.txt", List.of(com.zhengqi.graph.read.source.SourceDocument.ofText("two.txt",
                "12月3日，东区总结2019年招商引资工作，2020年将新签约项目40个。"))).articles().getFirst();
        assertThat(twoYears.publishedOn()).isNull();
        assertThat(property(twoYears, "publishedOnInferred")).isNull();
    }

    @Test
    void theSiteIsTheTitleBesideTheHeadlineOrItsSiteNameMeta() throws Exception {
        assertThat(READER.read(page("brief-list.html")).getFirst().site()).isEqualTo("邵东县招商局");
        assertThat(READER.read(page("gov-article.html")).getFirst().site()).isEqualTo("淇县人民政府");
    }

    @Test
    void briefsThatNameNoPlaceAreAboutTheRegionTheSiteIsOf() {
        SourceDocument onSite = SourceDocument.ofText("list.html", "领导活动\n县委书记邓建华莅临湖南锦盛鞋业有限公司调研2016-08-09 15:20\n"
                + "县长曾志明会见广东恒达五金集团董事长一行2016-08-05 09:12\n版权所有：安平县招商局").onSite("安平县招商局");

        List<ArticleGraph> articles = EXTRACTOR.extract("list.html", List.of(onSite)).articles();

        assertThat(facts(articles.get(0))).contains("LEADS 邓建华 -> 安平县 县委书记");
        assertThat(facts(articles.get(1))).contains("LEADS 曾志明 -> 安平县 县长");
    }

    @Test
    void anArticleThatNamesItsOwnPlaceKeepsItOnAnotherRegionsSite() {
        SourceDocument onSite = SourceDocument.ofText("brief.html", "12月3日，安平县县长魏立平会见客商一行。").onSite("邵东县招商局");

        ArticleGraph article = EXTRACTOR.extract("brief.html", List.of(onSite)).articles().getFirst();

        assertThat(facts(article)).contains("LEADS 魏立平 -> 安平县 县长").noneMatch(f -> f.contains("邵东县"));
    }

    @Test
    void theDateAFileStatesResolvesTheArticlesDayBeforeItIsRead() {
        SourceDocument dated = new SourceDocument("visit.html", "昨日，县长魏立平一行走访华泰蔬菜制品有限公司。", "县长走访企业",
                "2019-12-05", null, null).onSite("安平县人民政府");

        ArticleGraph article = EXTRACTOR.extract("visit.html", List.of(dated)).articles().getFirst();

        assertThat(article.relationships()).filteredOn(r -> r.type().equals("VISITED")).singleElement()
                .satisfies(visit -> assertThat(visit.properties()).containsEntry("date", "2019-12-04"));
    }
}
