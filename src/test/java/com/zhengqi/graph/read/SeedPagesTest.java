package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.zhengqi.graph.model.ArticleText.Role.CORRESPONDENT;
import static com.zhengqi.graph.model.ArticleText.Role.EDITOR;
import static com.zhengqi.graph.model.ArticleText.Role.PHOTOGRAPHER;
import static com.zhengqi.graph.model.ArticleText.Role.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed pages, against what a reader of them finds: how many articles, their headlines, and
 * who is credited. Expected values were taken by reading each page (see docs/reading.md).
 */
class SeedPagesTest {

    private static final PageSplitter SPLITTER = new PageSplitter();

    private static List<ArticleText> page(String file) throws IOException {
        return SPLITTER.split(Files.readString(Path.of("seeds", file)));
    }

    /** The articles of a seed page, checked to carry exactly these headlines in this order. */
    private static List<ArticleText> pageTitled(String file, String... titles) throws IOException {
        List<ArticleText> articles = page(file);
        assertThat(articles).extracting(ArticleText::title).containsExactly(titles);
        return articles;
    }

    private static Set<String> people(List<ArticleText> articles, Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return articles.stream().flatMap(a -> a.credits().stream()).filter(c -> wanted.contains(c.role()))
                .map(Credit::name).collect(Collectors.toSet());
    }

    @Test
    void anyangPageHoldsALeadStoryThreeBriefsTwoPhotosAndAFeature() throws IOException {
        List<ArticleText> articles = pageTitled("000_64d736ac5815972c.txt",
                "北关区：招商引资结硕果 培育壮大新动能",
                "区直属机关工委 深入宣讲 党的十九届五中全会精神",
                "区医保局 不断提升窗口服务水平",
                "柏庄镇 强力推进散煤治理工作",
                "12月9日，北关区生活垃圾分类办联合辖区企业在碧水名郡幼儿园开展了“垃圾分类进校园”宣传活动",
                "民生添“温度” 服务暖寒冬",
                "为进一步改善辖区居民的居住环境");
        assertThat(articles.getFirst().credits()).containsExactly(new Credit("王嘉晨", REPORTER), new Credit("程志吉", CORRESPONDENT));
        assertThat(articles.get(4).credits()).containsExactly(new Credit("吕晓璞", PHOTOGRAPHER));
        assertThat(people(articles, Role.values())).containsExactlyInAnyOrder("王嘉晨", "程志吉", "申昕", "吕晓璞", "谢芳");
        assertThat(articles.getFirst().text())
                .contains("县级干部和主要职能部门", "在一系列专业化、新形式的招商方式推动下")
                .doesNotContain("本报记者", "部门动态");
        assertThat(articles.get(5).text()).contains("北关区民政局副局长马梅雪告诉记者。");
        assertThat(articles.get(3).text()).contains("已出动40余个检查组");
    }

    @Test
    void qiqiharFeatureIsOneArticleWithItsSubheadings() throws IOException {
        List<ArticleText> articles = page("001_91885127aeec07a8.txt");
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("齐齐哈尔市建华区 围绕三大主导产业做优做强产业链条");
            assertThat(a.text()).contains("五个强化 助推新时代文明实践建设", "科学布局 激发经济高质量发展新动能", "腾翔现代铸造产业园项目");
            assertThat(a.credits()).contains(new Credit("李昕", PHOTOGRAPHER), new Credit("张宪文", REPORTER), new Credit("姚建平", REPORTER));
        });
    }

    @Test
    void liaochengPageSplitsEveryBriefAtItsDateline() throws IOException {
        List<ArticleText> articles = pageTitled("002_575839301911762a.txt",
                "开发区：以“双招双引”引领高质量发展",
                "开发区 调度乡村文明行动综合整治工作",
                "开发区 推进散乱污企业治理改造",
                "开发区召开散煤治理工作调度会",
                "开发区 召开重点城建项目现场调度会",
                "物流园区 做细做实散煤治理工作",
                "执法局 开展货车停车场专项整治",
                "担当作为谱新篇——东城街道2019年经济社会发展纪实");
        assertThat(articles.get(5).credits()).containsExactly(new Credit("刘伟玲", REPORTER), new Credit("聂庆军", REPORTER));
        assertThat(people(articles, Role.values())).containsExactlyInAnyOrder(
                "韩小凤", "姚萌", "高庆贺", "孙晓", "黄东升", "刘伟玲", "聂庆军", "张雪", "张海宁", "谢家祥");
        assertThat(articles.getFirst().text()).contains("注重投资强度、经济效益、带动作用。");
    }

    @Test
    void zhengzhouPageKeepsKickersOutOfTitlesAndMakesCaptionsArticles() throws IOException {
        List<ArticleText> articles = pageTitled("003_e1efc1b11068901f.txt",
                "中牟县：打造“六最”营商环境升级版",
                "惠济区：推进国土绿化 激活经济发展新引擎",
                "中原区谋划总投资逾3100亿元大项目",
                "为一流大学郑州研究院落地做好土地要素保障",
                "新密市“漆协商”制度为民解难题",
                "新春座谈共叙乡情 情暖归雁创业筑梦",
                "日前，金水区人民路街道联合辖区学校",
                "昨天，管城区十八里河街道文和路社区组织网格员工作人员对辖区各所学校食堂的食品流通、食品采购、食品留样等环节开展专项检查",
                "党建引领网格化 “四治融合”为群众幸福“添爱加码”");
        assertThat(articles.get(4).credits()).containsExactly(new Credit("郭涛", REPORTER), new Credit("李绍光", CORRESPONDENT));
        assertThat(people(articles, PHOTOGRAPHER)).containsExactlyInAnyOrder("党贺喜", "王思俊");
        assertThat(people(articles, Role.values())).containsExactlyInAnyOrder(
                "卢文军", "王军方", "杨丽萍", "孙志刚", "覃岩峰", "郭涛", "李绍光", "史治国", "余紫璇", "党贺喜", "王思俊", "鲁慧");
        assertThat(articles.get(8).text()).contains("居民享受到的安全感、幸福感表现在各个方面。");
    }

    @Test
    void sipingPageCreditsItsEditorsOnEveryArticle() throws IOException {
        List<ArticleText> articles = pageTitled("004_8a1b2aab4ad79620.txt",
                "解放思想 深化改革 狠抓落实——铁西全力抓好全区营商环境建设记事",
                "铁东召开城乡居民“两险”征收工作部署会议",
                "伊通人社局开展深化助企纾困活动",
                "重阳节前夕，双辽福康医院党支部开展了“九九重阳节，浓浓敬老情”活动",
                "双辽开展国际减灾日宣传活动",
                "梨树召开医疗机构疫情防控及乡村振兴工作会议",
                "梨树县交警部门开展“文明创城”交通秩序整治攻坚战。");
        assertThat(people(articles, REPORTER, CORRESPONDENT, PHOTOGRAPHER)).containsExactlyInAnyOrder(
                "杜文翰", "王健", "薛丽丽", "张绍杰", "于嘉宇", "张玉雪", "王仁海");
        assertThat(articles).allSatisfy(a -> assertThat(a.credits())
                .contains(new Credit("辛宏", EDITOR), new Credit("王森", EDITOR), new Credit("刘铁铮", EDITOR)));
        assertThat(articles).noneMatch(a -> a.text().contains("电子邮箱") || a.text().contains("本版编辑"));
        assertThat(articles.get(5).text()).contains("国家联防联控机制综发〔2021〕96号文件");
    }
}
