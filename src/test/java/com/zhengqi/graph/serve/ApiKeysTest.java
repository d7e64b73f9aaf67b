package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys and the rule that decides whether reads need one, without a server. */
class ApiKeysTest {

    private static ApiProperties properties(List<String> keys, Boolean openQueries) {
        return new ApiProperties(keys, null, openQueries, null, null, null, null, null);
    }

    @Test
    void onlyAConfiguredKeyAfterBearerIsAccepted() {
        ApiKeys keys = new ApiKeys(properties(List.of("k-one", " k-two "), true));
        assertThat(keys.accepts("Bearer k-one")).isTrue();
        assertThat(keys.accepts("bearer k-two")).isTrue();
        assertThat(keys.accepts("Bearer k-on")).isFalse();
        assertThat(keys.accepts("Bearer k-one2")).isFalse();
        assertThat(keys.accepts("Basic k-one")).isFalse();
        assertThat(keys.accepts("k-one")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
        assertThat(new ApiKeys(properties(List.of(), true)).accepts("Bearer ")).isFalse();
    }

    @Test
    void theFormerNameOfASingleKeyStillCounts() {
        ApiKeys keys = new ApiKeys(new ApiProperties(List.of("k-one"), "k-single-0123456789", true, null, null, null, null, null));
        assertThat(keys.accepts("Bearer k-single-0123456789")).isTrue();
        assertThat(keys.accepts("Bearer k-one")).isTrue();
    }

    @Test
    void readsAreOpenOnLoopbackAndNeedAKeyBeyondUnlessTheUserSaysOtherwise() {
        ApiKeys keys = new ApiKeys(properties(List.of("k-one"), null));
        assertThat(new ReadAccess(keys, properties(List.of("k-one"), null), "127.0.0.1").open()).isTrue();
        assertThat(new ReadAccess(keys, properties(List.of("k-one"), null), "0.0.0.0").open()).isFalse();
        assertThat(new ReadAccess(keys, properties(List.of("k-one"), null), "").open()).as("every interface").isFalse();
        assertThat(new ReadAccess(keys, properties(List.of("k-one"), true), "0.0.0.0").open()).as("said in so many words").isTrue();
        assertThat(new ReadAccess(keys, properties(List.of("k-one"), false), "127.0.0.1").open()).isFalse();
    }
}
