package com.zhengqi.graph.resolve.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNameTest {

    private static final IdentityLexicon LEXICON = IdentityLexicon.load();
    private static final RegionNames REGIONS = EntityResolver.byLevelCharacter(LEXICON).or(t -> t.equals("内蒙古") || t.equals("河南"));

    private static CompanyName parse(String name) {
        return CompanyName.parse(name, LEXICON, REGIONS);
    }

    @Test
    void takesANameApartIntoRegionBrandTradeAndForm() {
        CompanyName name = parse("吴江市顺业纺织有限公司");
        assertThat(name.region()).isEqualTo("吴江");
        assertThat(name.brand()).isEqualTo("顺业");
        assertThat(name.trade()).isEqualTo("纺织");
        assertThat(name.tier()).isEqualTo(CompanyName.Tier.COMPANY);
        assertThat(name.parentGroup()).isNull();
    }

    @Test
    void fullWidthBracketsAroundGroupAreALegalForm() {
        CompanyName name = parse("内蒙古蒙牛乳业（集团）股份有限公司");
        assertThat(name.region()).isEqualTo("内蒙古");
        assertThat(name.brand()).isEqualTo("蒙牛");
        assertThat(name.tier()).isEqualTo(CompanyName.Tier.GROUP);
    }

    @Test
    void aGroupWithOrWithoutItsTradeIsOneCompany() {
        assertThat(parse("蒙牛集团").sameCompanyAs(parse("蒙牛乳业集团"), LEXICON)).isTrue();
        assertThat(parse("蒙牛乳业集团").sameCompanyAs(parse("内蒙古蒙牛乳业（集团）股份有限公司"), LEXICON)).isTrue();
    }

    @Test
    void aSubsidiaryNamedAfterItsGroupKnowsTheGroupAndMergesWithNothingByBrand() {
        CompanyName name = parse("蒙牛乳业集团齐齐哈尔乳制品有限公司");
        assertThat(name.parentGroup()).isEqualTo("蒙牛乳业集团");
        assertThat(name.brandKey(LEXICON)).isNull();
        assertThat(name.sameCompanyAs(parse("蒙牛乳业集团"), LEXICON)).isFalse();
    }

    @Test
    void companiesSharingOnlyATradeOrARegionAreNeverOne() {
        assertThat(parse("苏州国冠纺织有限公司").sameCompanyAs(parse("吴江市顺业纺织有限公司"), LEXICON)).isFalse();
        assertThat(parse("吴江市顺业纺织有限公司").sameCompanyAs(parse("吴江市国冠纺织有限公司"), LEXICON)).isFalse();
    }

    @Test
    void theSameBrandInAnotherTradeOrTierOrPlaceIsAnotherCompany() {
        assertThat(parse("华为技术有限公司").sameCompanyAs(parse("华为投资控股有限公司"), LEXICON)).isFalse();
        assertThat(parse("广泽集团").sameCompanyAs(parse("广泽纺织有限公司"), LEXICON)).isFalse();
        assertThat(parse("吴江市顺业纺织有限公司").sameCompanyAs(parse("杭州市顺业纺织有限公司"), LEXICON)).isFalse();
        assertThat(parse("吴江市顺业纺织有限公司").sameCompanyAs(parse("顺业纺织有限公司"), LEXICON)).isTrue();
    }

    @Test
    void aNameWithoutLegalFormIsTheCompanyWithOne() {
        assertThat(parse("沈阳坚果").sameCompanyAs(parse("沈阳坚果公司"), LEXICON)).isTrue();
        assertThat(parse("蒙牛乳业").sameCompanyAs(parse("蒙牛乳业集团"), LEXICON)).isTrue();
        assertThat(parse("蒙牛乳业").sameCompanyAs(parse("蒙牛物流有限公司"), LEXICON)).as("another trade").isFalse();
    }

    @Test
    void brandsThatOnlySayWhereOrHowBigDecideNothing() {
        assertThat(parse("中国建筑集团").sameCompanyAs(parse("中国建材集团"), LEXICON)).isFalse();
        assertThat(parse("中国集团").brandKey(LEXICON)).isNull();
    }

    @Test
    void aRegionInBracketsIsNotPartOfTheBrand() {
        assertThat(parse("叮当猫(河南)婴童用品有限公司").brand()).isEqualTo("叮当猫婴童用品");
    }
}
