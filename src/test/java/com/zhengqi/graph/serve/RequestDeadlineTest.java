package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestDeadlineTest {

    @Test
    void fieldsRunWithinTheLimitAndFailAfterIt() throws Exception {
        RequestDeadline deadline = new RequestDeadline(Duration.ofSeconds(5));
        assertThat(deadline.guarded(env -> "value", System.nanoTime()).get(null)).isEqualTo("value");
        long sixSecondsAgo = System.nanoTime() - Duration.ofSeconds(6).toNanos();
        assertThatThrownBy(() -> deadline.guarded(env -> "value", sixSecondsAgo).get(null))
                .isInstanceOf(RequestDeadline.Exceeded.class);
    }
}
