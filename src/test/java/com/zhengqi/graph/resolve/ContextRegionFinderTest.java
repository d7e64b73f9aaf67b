package com.zhengqi.graph.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ContextRegionFinderTest {

    private final ContextRegionFinder finder = ContextRegionFinder.shared();
    private final ChinaGazetteer gazetteer = finder.gazetteer();

    private List<RegionMention> find(String text) {
        List<RegionMention> found = finder.find(text);
        for (RegionMention m : found) {
            assertThat(text.substring(m.start(), m.end())).as("offsets of " + m).isEqualTo(m.surface());
        }
        return found;
    }

    private List<String> surfaces(String text) {
        return find(text).stream().map(RegionMention::surface).toList();
    }

    private RegionMention first(String text, String surface) {
        return find(text).stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + text + ": " + finder.find(text)));
    }

    @Test
    void ambiguousDistrictFollowsTheCityNamedInTheArticle() {
        String siping = "四平市召开项目推进会。会上，铁西区通报了今年以来签约的12个产业项目。";
        String shenyang = "沈阳市今年将新建一批智能制造项目，其中铁西区有8个项目开工。";
        assertThat(first(siping, "铁西区").division().code()).isEqualTo("220302");
        assertThat(first(shenyang, "铁西区").division().code()).isEqualTo("210106");
    }

    @Test
    void ambiguousDistrictWithoutContextIsDropped() {
        assertThat(surfaces("铁西区今年新签约项目12个。")).isEmpty();
    }

    @Test
    void contextCanComeFromAPlaceInsideTheDistrict() {
        String text = "铁西区招商局负责人介绍，落户该区的企业已有30家，其中大部分位于达道湾街道。";
        assertThat(first(text, "铁西区").division().code()).isEqualTo("210303");
    }

    @Test
    void aConventionalAbbreviationOfABannerNamesIt() {
        RegionMention banner = first("锡林郭勒盟组织企业赴东乌旗考察，东乌旗签约风电项目2个。", "东乌旗");
        assertThat(banner.division().name()).isEqualTo("东乌珠穆沁旗");
        assertThat(gazetteer.ancestors(banner.division()).stream().map(Division::name)).containsExactly("锡林郭勒盟", "内蒙古自治区");
    }

    @Test
    void fullNamesResolveAlongTheWholeChain() {
        RegionMention town = first("市商务局一行到柏庄镇调研纺织企业。", "柏庄镇");
        assertThat(gazetteer.ancestors(town.division()).stream().map(Division::name))
                .containsExactly("北关区", "安阳市", "河南省");
        assertThat(first("天津市和平区举办楼宇经济推介会", "和平区").division().code()).isEqualTo("120101");
    }

    @Test
    void provinceAndCityShortFormsStandAlone() {
        List<RegionMention> found = find("来自河南、内蒙古和延边州的企业家参加了对接会，安阳代表团签约3个项目。");
        assertThat(found).extracting(m -> m.division().name())
                .containsExactly("河南省", "内蒙古自治区", "延边朝鲜族自治州", "安阳市");
    }

    @Test
    void countyShortFormNeedsSupportFromTheArticle() {
        assertThat(surfaces("张建华表示，将继续做好服务。")).isEmpty();
        String supported = "齐齐哈尔市建华区召开优化营商环境大会，建华将为企业提供全程代办服务。";
        assertThat(find(supported)).extracting(RegionMention::surface, m -> m.division().code())
                .contains(org.assertj.core.groups.Tuple.tuple("建华", "230203"));
    }

    @Test
    void shortFormFollowedByAnAdministrativeEndingIsAPlace() {
        RegionMention wujiang = first("他曾在吴江市一家纺织厂工作。", "吴江市");
        assertThat(wujiang.division().name()).isEqualTo("吴江区");
    }

    @Test
    void shortFormWithAnEndingWinsOverACountyInsideIt() {
        assertThat(find("我们崇礼县是旅游大县。")).extracting(RegionMention::surface, m -> m.division().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("崇礼县", "崇礼区"));
    }

    @Test
    void aZoneIsNotReadAsACountyWithAMadeUpEnding() {
        RegionMention xiongan = first("河北雄安新区管委会与北京市海淀区签署协议", "河北雄安新区");
        assertThat(xiongan.division().level()).isEqualTo("ZONE");
        assertThat(xiongan.division().parentCode()).isEqualTo("130000");
    }

    @Test
    void anEndingThatBelongsToAnOrdinaryWordIsNotTaken() {
        assertThat(surfaces("项目在上海和广州三大城市同时开展。")).containsExactly("上海", "广州");
        assertThat(surfaces("它们有望在香港市场发行债券。")).containsExactly("香港");
        assertThat(surfaces("整个潮白河区域环境明显改善。")).isEmpty();
    }

    @Test
    void commonWordsAreNotPlaces() {
        assertThat(surfaces("我们珍惜和平，合理利用资源，热烈欢迎各位来宾，携手推动合作共赢。")).isEmpty();
        assertThat(surfaces("全面推进美丽新乡村建设，打造文明村镇。")).isEmpty();
        assertThat(surfaces("马镇长带队走访了辖区企业。")).isEmpty();
        assertThat(surfaces("这里是城区的繁华地段，开发区域面积逐年扩大。")).isEmpty();
    }

    @Test
    void streetsNamedAfterPlacesAreNotThosePlaces() {
        assertThat(surfaces("广州市北京路步行街人流如织。")).containsExactly("广州市");
        assertThat(surfaces("青岛市宁夏路沿线新开了三家商场。")).containsExactly("青岛市");
    }

    @Test
    void aProvinceWinsATieWithASmallerPlaceOfTheSameName() {
        assertThat(first("海南今年引进外资增长两成。", "海南").division().name()).isEqualTo("海南省");
        assertThat(first("青海海南州共和县新建光伏电站。", "海南州").division().name()).isEqualTo("海南藏族自治州");
    }

    @Test
    void placesInsideCompanyNamesAreReported() {
        String text = "无锡市重点企业江阴兴澄特种钢铁有限公司扩建项目开工。";
        RegionMention jiangyin = first(text, "江阴");
        assertThat(jiangyin.division().name()).isEqualTo("江阴市");
        assertThat(jiangyin.start()).isEqualTo(text.indexOf("江阴兴澄"));
    }

    @Test
    void longestNameWins() {
        assertThat(surfaces("内蒙古自治区兴安盟乌兰浩特市")).containsExactly("内蒙古自治区", "兴安盟", "乌兰浩特市");
    }

    @Test
    void codedZoneIsFoundUnderItsShortName() {
        RegionMention zone = first("安阳高新区今年新落户企业15家。", "安阳高新区");
        assertThat(zone.division().code()).isEqualTo("410571");
        assertThat(zone.division().level()).isEqualTo("ZONE");
        assertThat(surfaces("安阳高新区今年新落户企业15家。")).containsExactly("安阳高新区");
    }

    @Test
    void codedZoneJoinsThePlaceWrittenInFrontOfIt() {
        String text = "某重工拟在江苏江阴临港经济开发区建设华东基地。";
        assertThat(surfaces(text)).containsExactly("江苏", "江阴临港经济开发区");
        Division zone = first(text, "江阴临港经济开发区").division();
        assertThat(zone.name()).isEqualTo("临港经济开发区");
        assertThat(gazetteer.ancestors(zone).stream().map(Division::name)).containsExactly("江阴市", "无锡市", "江苏省");
    }

    @Test
    void uncodedZoneGetsADerivedCodeUnderThePlaceInFront() {
        RegionMention zone = first("一批新材料项目落户江阴智港工业园区。", "江阴智港工业园区");
        Division jiangyin = gazetteer.byFullName("江阴市").getFirst();
        assertThat(zone.division()).isEqualTo(new Division(ZoneCodes.derive(jiangyin.code(), "智港", "工业园区"),
                "江阴智港工业园区", "ZONE", jiangyin.code()));
        assertThat(gazetteer.byCode(zone.division().code())).isEmpty();
        assertThat(gazetteer.ancestors(zone.division()).stream().map(Division::name))
                .containsExactly("江阴市", "无锡市", "江苏省");
    }

    @Test
    void zoneWithAnOwnNameAndNoPlaceInFrontBelongsToTheArticlesRegion() {
        String text = "江阴市召开招商大会。会上，智港工业园区与5家企业签约。";
        RegionMention zone = first(text, "智港工业园区");
        assertThat(zone.division().name()).isEqualTo("江阴智港工业园区");
        assertThat(zone.division()).isEqualTo(first("一批新材料项目落户江阴智港工业园区。", "江阴智港工业园区").division());
    }

    @Test
    void bareZoneBelongsToTheArticlesRegion() {
        String text = "北关区召开全区项目建设观摩会。北关区今年新开工项目20个，开发区新入驻企业12家。";
        RegionMention zone = first(text, "开发区");
        assertThat(zone.division().level()).isEqualTo("ZONE");
        assertThat(zone.division().parentCode()).isEqualTo("410503");
    }

    @Test
    void bareZoneRefersBackToTheZoneNamedBefore() {
        String text = "苏州高新区举行重大项目集中签约仪式。据悉，高新区今年已签约项目40个。";
        assertThat(first(text, "高新区").division()).isEqualTo(first(text, "苏州高新区").division());
    }

    @Test
    void anEndingThatNeedsANameDoesNotReferBackAfterAnOrdinaryWord() {
        String text = "重庆两江新区今年引进项目80个。专家认为，城市新区要突出产业特色。";
        assertThat(surfaces(text)).containsExactly("重庆两江新区");
    }

    @Test
    void zoneWordsWithoutARegionMakeNoZone() {
        assertThat(surfaces("各地要加强开发区建设，推动新区高质量发展。")).isEmpty();
        assertThat(surfaces("河南省开发区建设考核结果公布。")).containsExactly("河南省");
    }

    @Test
    void findingIsSafeFromManyThreads() {
        List<String> texts = List.of("四平市铁西区新签约项目12个", "沈阳市铁西区智能制造", "安阳高新区", "北关区柏庄镇");
        List<List<RegionMention>> expected = texts.stream().map(finder::find).toList();
        IntStream.range(0, 400).parallel().forEach(i -> {
            int k = i % texts.size();
            assertThat(finder.find(texts.get(k))).isEqualTo(expected.get(k));
        });
    }

    @Test
    void mainRegionIsTheMostNamedProvinceCityOrCounty() {
        String text = "河南省安阳市北关区召开大会。北关区委书记讲话，北关区今年签约项目30个，柏庄镇签约5个。";
        assertThat(ContextRegionFinder.mainRegion(find(text)).name()).isEqualTo("北关区");
        assertThat(ContextRegionFinder.mainRegion(find("柏庄镇"))).isNull();
    }

    @Test
    void emptyTextHasNoPlaces() {
        assertThat(finder.find("")).isEmpty();
    }
}
