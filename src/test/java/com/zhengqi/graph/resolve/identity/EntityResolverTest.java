package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.store.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static com.zhengqi.graph.store.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

/** Resolution across articles, without a database: one index, articles resolved in order. */
class EntityResolverTest {

    private final EntityResolver resolver = EntityResolver.create(null);
    private final IdentityIndex index = new IdentityIndex(resolver.lexicon());

    private ResolvedArticle resolve(ArticleFixture fixture) {
        return resolver.resolve(fixture.build(), index);
    }

    private static ResolvedNode node(ResolvedArticle article, String localId) {
        return article.nodes().stream().filter(n -> n.localId().equals(localId)).findFirst().orElseThrow();
    }

    private static ArticleFixture beiguan(String title) {
        return article(title, "2020-12-05")
                .region("r1", "北关区", "410503", "COUNTY")
                .region("r2", "安阳市", "410500", "CITY")
                .partOf("r1", "r2", "北关区隶属安阳市。" + title);
    }

    @Test
    void aShortFormIsCompletedWithTheArticlesRegionAndKeptAsAlias() {
        ResolvedArticle first = resolve(beiguan("招商").government("o1", "区商务局").person("p1", "陈伟")
                .holds("p1", "o1", "局长", "区商务局局长陈伟介绍。"));
        ResolvedNode bureau = node(first, "o1");
        assertThat(bureau.id()).isEqualTo("org:北关区商务局");
        assertThat(bureau.name()).isEqualTo("北关区商务局");
        assertThat(bureau.aliases()).contains("区商务局");
        assertThat(bureau.rule()).isEqualTo("short-form");
        assertThat(first.relationships()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("PART_OF");
            assertThat(r.startId()).isEqualTo("org:北关区商务局");
            assertThat(r.endId()).isEqualTo("region:410503");
            assertThat(r.properties()).containsEntry("evidence", "区商务局局长陈伟介绍。").containsEntry("inferredBy", "short-form");
        });

        ResolvedArticle second = resolve(beiguan("签约").government("o1", "北关区商务局"));
        assertThat(node(second, "o1").id()).isEqualTo("org:北关区商务局");
        assertThat(node(second, "o1").rule()).isEqualTo("same-name");

        ResolvedArticle elsewhere = resolve(article("文峰", "2020-12-06").region("r1", "文峰区", "410502", "COUNTY")
                .government("o1", "区商务局"));
        assertThat(node(elsewhere, "o1").id()).isEqualTo("org:文峰区商务局");
    }

    @Test
    void aCityShortFormTakesTheCityAboveTheHomeRegion() {
        ResolvedArticle a = resolve(beiguan("市委").party("o1", "市委").person("p1", "张三")
                .holds("p1", "o1", "书记", "区委书记李富生和市委书记张三。")
                .leads("p1", "r1", "区长", "张三任北关区区长。")
                .leads("p1", "r1", "区长", "张三在北关区讲话。"));
        assertThat(node(a, "o1").id()).isEqualTo("org:安阳市委");
    }

    @Test
    void aBareDepartmentNameBelongsToTheHomeRegionAndStaysPerArticleWithoutOne() {
        assertThat(node(resolve(beiguan("民政").government("o1", "民政局")), "o1").id()).isEqualTo("org:北关区民政局");
        String one = node(resolve(article("无地区一", null).government("o1", "民政局")), "o1").id();
        String two = node(resolve(article("无地区二", null).government("o1", "民政局")), "o1").id();
        assertThat(one).startsWith("org:民政局@").isNotEqualTo(two);
    }

    @Test
    void shortAndFullSpellingsOfAGovernmentAreOneBody() {
        String shortForm = node(resolve(beiguan("政府一").government("o1", "区政府")), "o1").id();
        String full = node(resolve(beiguan("政府二").government("o1", "北关区人民政府")), "o1").id();
        assertThat(shortForm).isEqualTo(full);
    }

    @Test
    void nationalBodiesAreNeverPutUnderTheArticlesRegion() {
        assertThat(node(resolve(beiguan("部委").government("o1", "商务部")), "o1").id()).isEqualTo("org:商务部");
    }

    @Test
    void companyAliasesMergeAndASubsidiaryPointsToItsGroup() {
        String group = node(resolve(article("蒙牛一", "2021-01-01").company("c1", "蒙牛集团")), "c1").id();
        ResolvedArticle second = resolve(article("蒙牛二", "2021-02-01").company("c1", "蒙牛乳业集团"));
        assertThat(node(second, "c1").id()).isEqualTo(group);
        assertThat(node(second, "c1").rule()).isEqualTo("company-alias");
        assertThat(node(second, "c1").name()).isEqualTo("蒙牛乳业集团");
        assertThat(node(second, "c1").aliases()).isEmpty();

        ResolvedArticle third = resolve(article("蒙牛三", "2021-03-01").company("c1", "蒙牛乳业集团齐齐哈尔乳制品有限公司")
                .person("p1", "王五").holds("p1", "c1", "总经理", "蒙牛乳业集团齐齐哈尔乳制品有限公司总经理王五。"));
        ResolvedNode subsidiary = node(third, "c1");
        assertThat(subsidiary.id()).isNotEqualTo(group);
        assertThat(third.relationships()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("PART_OF");
            assertThat(r.startId()).isEqualTo(subsidiary.id());
            assertThat(r.endId()).isEqualTo(group);
        });
    }

    @Test
    void companiesSharingAWordStayApart() {
        String a = node(resolve(article("纺织一", null).company("c1", "苏州国冠纺织有限公司")), "c1").id();
        String b = node(resolve(article("纺织二", null).company("c1", "吴江市顺业纺织有限公司")), "c1").id();
        String c = node(resolve(article("纺织三", null).company("c1", "顺业纺织有限公司")), "c1").id();
        assertThat(a).isNotEqualTo(b);
        assertThat(c).isEqualTo(b);
    }

    @Test
    void theSameNameWithTheSameRegionIsOnePersonAndElsewhereAnother() {
        String inBeiguan = node(resolve(beiguan("一").person("p1", "李富生").leads("p1", "r1", "区委书记", "区委书记李富生带队。")), "p1").id();
        String again = node(resolve(beiguan("二").person("p1", "李富生").leads("p1", "r1", "区委书记", "李富生强调。")), "p1").id();
        String inWenfeng = node(resolve(article("文峰", null).region("r1", "文峰区", "410502", "COUNTY")
                .person("p1", "李富生").leads("p1", "r1", "区长", "文峰区区长李富生。")), "p1").id();
        assertThat(again).isEqualTo(inBeiguan);
        assertThat(inWenfeng).isNotEqualTo(inBeiguan);
    }

    @Test
    void aPostInAnOrganisationAnchorsThePersonToItsRegionToo() {
        String byBureau = node(resolve(beiguan("局").government("o1", "区商务局").person("p1", "陈伟")
                .holds("p1", "o1", "局长", "区商务局局长陈伟。")), "p1").id();
        String byRegion = node(resolve(beiguan("区").person("p1", "陈伟")
                .leads("p1", "r1", "副区长", "副区长陈伟。")), "p1").id();
        assertThat(byRegion).isEqualTo(byBureau);
    }

    @Test
    void anArticleAnchoringOneNameInTwoKnownPeopleJoinsThem() {
        String beiguanMan = node(resolve(beiguan("甲").person("p1", "赵六").leads("p1", "r1", "区长", "区长赵六。")), "p1").id();
        String wenfengMan = node(resolve(article("乙", null).region("r1", "文峰区", "410502", "COUNTY")
                .person("p1", "赵六").leads("p1", "r1", "区长", "文峰区区长赵六。")), "p1").id();
        assertThat(wenfengMan).isNotEqualTo(beiguanMan);

        ResolvedArticle both = resolve(beiguan("丙").region("r3", "文峰区", "410502", "COUNTY").person("p1", "赵六")
                .leads("p1", "r1", "区长", "北关区区长赵六。").leads("p1", "r3", "区长", "赵六曾任文峰区区长。"));
        String kept = node(both, "p1").id();
        assertThat(both.joins()).singleElement().satisfies(join -> {
            assertThat(join.keep()).isEqualTo(kept);
            assertThat(join.gone()).isIn(beiguanMan, wenfengMan).isNotEqualTo(kept);
            assertThat(join.rule()).isEqualTo("person-anchors");
        });
        String later = node(resolve(article("丁", null).region("r1", "文峰区", "410502", "COUNTY")
                .person("p1", "赵六").leads("p1", "r1", "区长", "文峰区区长赵六再次。")), "p1").id();
        assertThat(later).isEqualTo(kept);
    }

    @Test
    void aNameWithoutPostMatchesTheOnePersonOfThatNameInTheArticlesRegionOnly() {
        String official = node(resolve(beiguan("一").person("p1", "李富生").leads("p1", "r1", "区委书记", "区委书记李富生。")), "p1").id();
        ResolvedNode mentioned = node(resolve(beiguan("二").person("p1", "李富生")), "p1");
        assertThat(mentioned.id()).isEqualTo(official);
        assertThat(mentioned.rule()).isEqualTo("person-region-context");
        assertThat(node(resolve(article("无", null).person("p1", "李富生")), "p1").id()).isNotEqualTo(official);
    }

    @Test
    void aReporterIsOneAcrossThePaperOrWithoutItsNameAcrossThePageAndTheRegion() {
        String onPage = node(resolve(beiguan("版一").person("p1", "王嘉晨").reported("p1", "REPORTER")), "p1").id();
        String samePage = node(resolve(beiguan("版二").person("p1", "王嘉晨").reported("p1", "REPORTER")), "p1").id();
        assertThat(samePage).as("both report on 北关区").isEqualTo(onPage);

        String paper = node(resolve(article("报一", null, "安阳日报").person("p1", "申昕").reported("p1", "REPORTER")), "p1").id();
        String paperAgain = node(resolve(article("报二", null, "安阳日报").person("p1", "申昕").reported("p1", "EDITOR")), "p1").id();
        String otherPaper = node(resolve(article("报三", null, "河南日报").person("p1", "申昕").reported("p1", "REPORTER")), "p1").id();
        assertThat(paperAgain).isEqualTo(paper);
        assertThat(otherPaper).isNotEqualTo(paper);
    }

    @Test
    void regionsMergeOnCodeAndAnUncodedRegionJoinsTheCodedOneLater() {
        String uncoded = node(resolve(article("无码", null).region("r1", "北关区", null, "COUNTY")), "r1").id();
        assertThat(uncoded).isEqualTo("region:name:北关区");
        ResolvedArticle coded = resolve(article("有码", null).region("r1", "北关区", "410503", "COUNTY"));
        assertThat(node(coded, "r1").id()).isEqualTo("region:410503");
        assertThat(coded.joins()).singleElement()
                .isEqualTo(new NodeJoin("Region", "region:name:北关区", "region:410503", "region-code", coded.article().id()));
        assertThat(node(resolve(article("又无码", null).region("r1", "北关区", null, null)), "r1").id()).isEqualTo("region:410503");
    }

    @Test
    void projectsMergeOnNameAndRegion() {
        String first = node(resolve(beiguan("项目一").project("j1", "年产9000吨针织布项目", 500_000_000L, "SIGNED")
                .locatedIn("j1", "r1", "年产9000吨针织布项目落户北关区。")), "j1").id();
        String second = node(resolve(beiguan("项目二").project("j1", "年产9000吨针织布", null, null)), "j1").id();
        String elsewhere = node(resolve(article("项目三", null).region("r1", "文峰区", "410502", "COUNTY")
                .project("j1", "年产9000吨针织布项目", null, null).locatedIn("j1", "r1", "针织布项目落户文峰区。")), "j1").id();
        assertThat(second).isEqualTo(first);
        assertThat(elsewhere).isNotEqualTo(first);
    }

    @Test
    void everyEntityIsMentionedOnceByTheArticleWithTheRuleThatResolvedIt() {
        ArticleGraph graph = beiguan("提及").government("o1", "区商务局").government("o2", "北关区商务局").build();
        ResolvedArticle resolved = resolver.resolve(graph, index);
        Map<String, Map<String, Object>> mentions = resolved.relationships().stream()
                .filter(r -> r.type().equals("MENTIONS"))
                .collect(Collectors.toMap(ResolvedRelationship::endId, ResolvedRelationship::properties));
        assertThat(mentions).containsOnlyKeys("region:410503", "region:410500", "org:北关区商务局");
        assertThat(mentions.get("org:北关区商务局")).containsEntry("count", 2).containsEntry("surface", "区商务局")
                .containsEntry("rule", "short-form").containsEntry("articleId", graph.id());
    }
}
