package com.zhengqi.graph.registry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A registry file is read into labels and types, and a wrong one is refused with the entry named. */
class RegistryReaderTest {

    @Test
    void readsLabelsTypesAndTheirPolicy() {
        GraphRegistry registry = RegistryReader.read("registry/valid.json");
        RelationshipType knows = registry.type("KNOWS");
        assertThat(knows.isFact()).isTrue();
        assertThat(knows.distinguishingProperty()).hasValue("since");
        assertThat(knows.followedByDefault()).isTrue();
        assertThat(knows.admits(List.of("Person"), List.of("Person"))).isTrue();
        assertThat(knows.admits(List.of("Person"), List.of("Region"))).isFalse();
        assertThat(registry.kindOf(List.of("Person")).key()).isEqualTo("person");
        assertThat(registry.kindOf(List.of("Region")).key()).isEqualTo("other");
    }

    @Test
    void refusesATypeWhoseEndIsNoLabel() {
        assertThatThrownBy(() -> RegistryReader.read("registry/unknown-end-label.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("registry/unknown-end-label.json: KNOWS names the label Robot, which is not in labels");
    }

    @Test
    void refusesADistinguishingPropertyTheTypeDoesNotCarry() {
        assertThatThrownBy(() -> RegistryReader.read("registry/distinguishing-property-not-carried.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KNOWS uses the property since");
    }
}
