package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Appointments and departures as dated events; sentences written for the test. */
class CareerEventsTest {

    @Test
    void anAppointmentAndARemovalAreDatedEvents() {
        Extracted e = Extracted.from("人事任免\n发布时间：2019-03-10\n2019年3月8日，汤阴县人大常委会决定任命王海涛为汤阴县县长。"
                + "2019年3月8日，免去李明远的汤阴县县长职务。");
        assertThat(e.facts).contains("APPOINTED 王海涛 -> 汤阴县 县长", "LEFT_POST 李明远 -> 汤阴县 县长");
        assertThat(e.relationships("APPOINTED")).singleElement()
                .satisfies(r -> assertThat(r.properties()).containsEntry("date", "2019-03-08").containsEntry("cue", "任命"));
    }

    @Test
    void anElectionAndALeavingWithoutDateAreEventsOfTheirPosts() {
        Extracted e = Extracted.from("3月9日，赵文博当选为汤阴县县委书记。李明远不再担任林州市副市长。");
        assertThat(e.facts).contains("APPOINTED 赵文博 -> 汤阴县 县委书记", "LEFT_POST 李明远 -> 林州市 副市长");
        assertThat(e.relationships("LEFT_POST")).singleElement().satisfies(r -> assertThat(r.properties()).doesNotContainKey("date"));
    }

    @Test
    void aPostHeldIsNoAppointment() {
        Extracted e = Extracted.from("汤阴县县长王海涛到远景动力电池有限公司考察。");
        assertThat(e.facts).contains("LEADS 王海涛 -> 汤阴县 县长");
        assertThat(e.facts).noneMatch(f -> f.startsWith("APPOINTED") || f.startsWith("LEFT_POST"));
    }
}
