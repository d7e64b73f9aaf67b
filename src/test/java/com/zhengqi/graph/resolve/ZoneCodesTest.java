package com.zhengqi.graph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneCodesTest {

    @Test
    void derivedCodeIsParentZAndEightHexDigits() {
        String code = ZoneCodes.derive("320281", "临港", "经济开发区");
        assertThat(code).matches("320281Z[0-9a-f]{8}");
        assertThat(ZoneCodes.isDerived(code)).isTrue();
        assertThat(ZoneCodes.isDerived("410571")).isFalse();
    }

    @Test
    void sameZoneGetsSameCodeAndOthersDiffer() {
        assertThat(ZoneCodes.derive("320281", "临港", "经济开发区")).isEqualTo(ZoneCodes.derive("320281", "临港", "经济开发区"))
                .isNotEqualTo(ZoneCodes.derive("320281", "临港", "高新技术产业开发区"))
                .isNotEqualTo(ZoneCodes.derive("320282", "临港", "经济开发区"))
                .isNotEqualTo(ZoneCodes.derive("320281", "", "经济开发区"));
    }
}
