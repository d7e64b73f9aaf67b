package com.zhengqi.graph.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChinaGazetteerTest {

    private final ChinaGazetteer gazetteer = ChinaGazetteer.shared();

    private static List<String> names(List<Division> divisions) {
        return divisions.stream().map(Division::name).toList();
    }

    private Division only(String name) {
        List<Division> found = gazetteer.byFullName(name);
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }

    @Test
    void townResolvesUpToItsProvince() {
        Division town = only("柏庄镇");
        assertThat(town.level()).isEqualTo("TOWN");
        assertThat(town.code()).hasSize(9).startsWith("410503");
        assertThat(names(gazetteer.ancestors(town))).containsExactly("北关区", "安阳市", "河南省");
        assertThat(gazetteer.ancestors(town).stream().map(Division::level))
                .containsExactly("COUNTY", "CITY", "PROVINCE");
    }

    @Test
    void districtsOfMunicipalitiesHangUnderTheMunicipality() {
        Division tianjinHeping = gazetteer.byCode("120101").orElseThrow();
        assertThat(tianjinHeping.name()).isEqualTo("和平区");
        assertThat(names(gazetteer.ancestors(tianjinHeping))).containsExactly("天津市");
        assertThat(gazetteer.byCode("120000").orElseThrow().level()).isEqualTo("PROVINCE");
        assertThat(gazetteer.byFullName("市辖区")).isEmpty();
        Division chengkou = only("城口县");
        assertThat(names(gazetteer.ancestors(chengkou))).containsExactly("重庆市");
    }

    @Test
    void autonomousPrefectureHasItsShortForms() {
        Division yanbian = only("延边朝鲜族自治州");
        assertThat(yanbian.level()).isEqualTo("CITY");
        assertThat(names(gazetteer.ancestors(yanbian))).containsExactly("吉林省");
        assertThat(gazetteer.lookup("延边")).containsExactly(yanbian);
        assertThat(gazetteer.lookup("延边州")).containsExactly(yanbian);
        assertThat(gazetteer.shortFormsOf(only("恩施土家族苗族自治州"))).contains("恩施", "恩施州");
        assertThat(gazetteer.shortFormsOf(only("长阳土家族自治县"))).containsExactly("长阳");
    }

    @Test
    void provincesAndCitiesAreFoundByTheirShortForms() {
        assertThat(names(gazetteer.lookup("河南"))).containsExactly("河南省", "河南蒙古族自治县");
        assertThat(names(gazetteer.lookup("内蒙古"))).containsExactly("内蒙古自治区");
        assertThat(names(gazetteer.lookup("广西"))).containsExactly("广西壮族自治区");
        assertThat(names(gazetteer.lookup("新疆"))).containsExactly("新疆维吾尔自治区");
        assertThat(names(gazetteer.lookup("北关"))).containsExactly("北关区");
        assertThat(names(gazetteer.lookup("安阳"))).containsExactlyInAnyOrder("安阳市", "安阳县");
        assertThat(gazetteer.lookup("兴安盟")).hasSize(1);
    }

    @Test
    void townsAndZonesHaveNoShortForms() {
        assertThat(gazetteer.shortFormsOf(only("柏庄镇"))).isEmpty();
        assertThat(gazetteer.lookup("柏庄")).isEmpty();
    }

    @Test
    void citiesWithoutCountiesHoldTheirTownsDirectly() {
        Division dongguan = only("东莞市");
        assertThat(dongguan.level()).isEqualTo("CITY");
        assertThat(gazetteer.children(dongguan)).isNotEmpty()
                .allSatisfy(child -> assertThat(child.code()).hasSize(9));
    }

    @Test
    void countiesDirectlyUnderAProvinceSkipThePlaceholder() {
        Division jiyuan = only("济源市");
        assertThat(jiyuan.level()).isEqualTo("COUNTY");
        assertThat(names(gazetteer.ancestors(jiyuan))).containsExactly("河南省");
        assertThat(gazetteer.byFullName("省直辖县级行政区划")).isEmpty();
    }

    @Test
    void codedDevelopmentZonesAreZones() {
        Division zone = gazetteer.byCode("410571").orElseThrow();
        assertThat(zone.name()).isEqualTo("安阳高新技术产业开发区");
        assertThat(zone.level()).isEqualTo("ZONE");
        assertThat(zone.parentCode()).isEqualTo("410500");
    }

    @Test
    void ambiguousNamesListEveryDivision() {
        assertThat(gazetteer.byFullName("铁西区")).extracting(Division::code)
                .containsExactlyInAnyOrder("210106", "210303", "220302");
    }

    @Test
    void enclosesFollowsTheWholeChain() {
        Division town = only("柏庄镇");
        assertThat(gazetteer.encloses(only("河南省"), town)).isTrue();
        assertThat(gazetteer.encloses(town, only("河南省"))).isFalse();
        assertThat(gazetteer.encloses(only("河北省"), town)).isFalse();
    }

    @Test
    void unknownNamesAndCodesGiveNothing() {
        assertThat(gazetteer.lookup("不存在的地方")).isEmpty();
        assertThat(gazetteer.byCode("999999")).isEmpty();
        assertThat(gazetteer.ancestors(only("河南省"))).isEmpty();
    }

    @Test
    void sharedInstanceIsLoadedOnce() {
        assertThat(ChinaGazetteer.shared()).isSameAs(gazetteer);
        assertThat(gazetteer.size()).isGreaterThan(40_000);
    }

    @Test
    void aGazetteerWithAnUnknownParentIsRefused() {
        List<Division> broken = List.of(new Division("110000", "北京市", "PROVINCE", null),
                new Division("110101", "东城区", "COUNTY", "119900"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChinaGazetteer.of(broken))
                .hasMessageContaining("110101").hasMessageContaining("119900");
    }
}
