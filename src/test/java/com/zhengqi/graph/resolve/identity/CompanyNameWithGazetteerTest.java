package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.resolve.ChinaGazetteer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Company names as the application parses them: region names from the gazetteer of every Chinese division. */
class CompanyNameWithGazetteerTest {

    private static final EntityResolver RESOLVER = EntityResolver.create(ChinaGazetteer.shared());

    private static CompanyName parse(String name) {
        return RESOLVER.parseCompany(name);
    }

    @Test
    void aRegionWithoutItsLevelCharacterIsStillARegion() {
        assertThat(parse("苏州国冠纺织有限公司").region()).isEqualTo("苏州");
        assertThat(parse("苏州国冠纺织有限公司").sameCompanyAs(parse("国冠纺织有限公司"), RESOLVER.lexicon())).isTrue();
        assertThat(parse("苏州国冠纺织有限公司").sameCompanyAs(parse("无锡国冠纺织有限公司"), RESOLVER.lexicon())).isFalse();
    }

    @Test
    void aFormerCityNameKeepsItsLevelCharacterOutOfTheBrand() {
        CompanyName name = parse("吴江市顺业纺织有限公司");
        assertThat(name.region()).isEqualTo("吴江");
        assertThat(name.brand()).isEqualTo("顺业");
    }

    @Test
    void aPlaceNameThatIsTheBrandStaysTheBrand() {
        assertThat(parse("太平洋保险").brand()).isEqualTo("太平洋");
        assertThat(parse("红旗渠集团").brand()).isEqualTo("红旗渠");
        assertThat(parse("安阳钢铁集团").brand()).isEqualTo("安阳");
        assertThat(parse("东方电气集团").brandKey(RESOLVER.lexicon())).as("东方 alone decides nothing").isNull();
    }
}
